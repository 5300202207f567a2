// SPDX-License-Identifier: MIT
#pragma once

// What the app's demo mode needs to know of the built-in demo fixture (fixtures/demo.json).
// tests/server checks that the fixture really holds these.
namespace phonedesk::demo {

inline constexpr char kAdminToken[] = "demo-admin-token";
inline constexpr char kWriteToken[] = "demo-write-token";
inline constexpr char kReadToken[] = "demo-read-token";
inline constexpr char kOtherWorkspaceToken[] = "demo-globex-token"; // member of Globex only
inline constexpr char kWorkspaceUuid[] = "19c4a8ce-d44d-50cd-b065-339b7af65832"; // Acme Customer Care
inline constexpr char kOtherWorkspaceUuid[] = "b5649686-2c10-599f-9109-ba23022f565e"; // Globex Field Services

} // namespace phonedesk::demo
