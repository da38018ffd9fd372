// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer's start-up hook, the same for every target (re_add_fuzzer compiles it into each).
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    re::fuzz::quietMessages();
    return 0;
}
