/* For the CI only, never shipped: Rust's standard library on Windows imports ProcessPrng from
 * bcryptprimitives.dll, which Debian's wine 8.0 lacks, so no Rust .exe starts under it. Built
 * with MinGW and placed beside the .exe, this forwards to RtlGenRandom. (.ci/wine/run-cli) */
#include <windows.h>
/* RtlGenRandom, exported by advapi32 as SystemFunction036. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
