// SPDX-License-Identifier: MIT
// libFuzzer targets for every parser that reads bytes from the network. One source, one target
// per parser (PHONEDESK_FUZZ_TARGET picks it). Each must return, never crash, hang or leak,
// whatever the bytes; a crash found becomes a regression input in tests/fuzz/regressions/.
#include "api/ApiError.h"
#include "api/JsonMapping.h"
#include "server/HttpApi.h"
#include "server/NumberRules.h"

#include <QByteArray>

#include <cstdint>

using namespace phonedesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
#if PHONEDESK_FUZZ_TARGET == 1
    (void)api::parsePhoneNumberList(bytes);
#elif PHONEDESK_FUZZ_TARGET == 2
    (void)api::parsePhoneNumber(bytes);
#elif PHONEDESK_FUZZ_TARGET == 3
    (void)api::parseProviderPhoneList(bytes);
#elif PHONEDESK_FUZZ_TARGET == 4
    (void)api::parseArchiveBlockers(bytes);
#elif PHONEDESK_FUZZ_TARGET == 5
    // Error bodies, both forms ({"detail": "..."} and the 422 list), with a Retry-After.
    for (int status : {401, 403, 409, 422, 429, 503})
        (void)api::ApiError::fromHttp(status, bytes, bytes.left(8)).message();
#elif PHONEDESK_FUZZ_TARGET == 6
    // The server: a request body through the JSON reader and every field rule.
    QJsonObject body;
    if (!server::readJsonBody(bytes, body))
        (void)server::NumberRules::check(body, body);
#endif
    return 0;
}
