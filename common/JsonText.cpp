// SPDX-License-Identifier: MIT
#include "common/JsonText.h"

#include <QList>

namespace phonedesk::json {
namespace {

struct Frame
{
    bool array = false;
    qsizetype index = 0; // in an array
    QString key; // in an object: the member being read
    bool expectKey = true;
};

// The four hex digits at `at`, or -1.
int hexAt(QByteArrayView json, qsizetype at)
{
    if (at + 4 > json.size())
        return -1;
    bool ok = false;
    const int value = QByteArray(json.sliced(at, 4).data(), 4).toInt(&ok, 16);
    return ok ? value : -1;
}

bool isHigh(int u) { return u >= 0xD800 && u <= 0xDBFF; }
bool isLow(int u) { return u >= 0xDC00 && u <= 0xDFFF; }

QString pathOf(const QList<Frame>& stack)
{
    QString path;
    for (const Frame& frame : stack) {
        if (frame.array)
            path += QStringLiteral("[%1]").arg(frame.index);
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + frame.key;
    }
    return path;
}

} // namespace

std::optional<QString> badUnicodeEscape(QByteArrayView json)
{
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype j = i + 1;
            bool bad = false;
            while (j < json.size() && json.at(j) != '"') {
                if (json.at(j) != '\\') {
                    ++j;
                    continue;
                }
                if (j + 1 >= json.size() || json.at(j + 1) != 'u') {
                    j += 2;
                    continue;
                }
                const int unit = hexAt(json, j + 2);
                if (isHigh(unit)) {
                    const bool paired = j + 7 < json.size() && json.at(j + 6) == '\\' && json.at(j + 7) == 'u'
                        && isLow(hexAt(json, j + 8));
                    bad = bad || !paired;
                    j += paired ? 12 : 6;
                } else {
                    bad = bad || isLow(unit);
                    j += 6;
                }
            }
            if (!stack.isEmpty() && !stack.last().array && stack.last().expectKey) {
                stack.last().key = QString::fromUtf8(json.sliced(i + 1, std::min(j, json.size()) - i - 1));
                stack.last().expectKey = false;
            }
            if (bad)
                return pathOf(stack);
            i = j;
            continue;
        }
        switch (c) {
        case '{': stack.append({false, 0, {}, true}); break;
        case '[': stack.append({true, 0, {}, false}); break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().array)
                    ++stack.last().index;
                else
                    stack.last().expectKey = true;
            }
            break;
        default: break;
        }
    }
    return std::nullopt;
}

} // namespace phonedesk::json
