using System.Runtime.InteropServices;

namespace Gongkai.Bench;

/// <summary>CPU time of the calling thread (Linux, nanosecond resolution), so that per-query figures
/// on a shared machine show the work done rather than the time spent waiting for a core.</summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || clock_gettime(ClockThreadCpuTime, out var t) != 0)
        {
            return 0;
        }

        return t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
