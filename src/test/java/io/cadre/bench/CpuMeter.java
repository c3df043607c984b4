package io.cadre.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How busy the machine's cores were over a stretch of the benchmark, and how much of it was this JVM (Cadre and the
 * benchmark's client), the embedded PostgreSQL, or anything else. On two cores this tells
 * whether a throughput is bound by CPU, and what each unit of work costs. Linux only (/proc/stat); elsewhere it
 * reports nothing.
 */
final class CpuMeter {

    private static final Path STAT = Path.of("/proc/stat");
    private static final double TICKS_PER_SECOND = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long[] machineStart;
    private final long postgresStart = postgresTicks();
    private final long processStart = processCpuNanos();
    private final long wallStart = System.nanoTime();
    private final Map<Long, Long> threadStart = threadCpuNanos();
    private final long compileStart = compileMillis();
    private final long gcStart = gcMillis();

    CpuMeter() {
        machineStart = machineTicks();
    }

    /**
     * This JVM's CPU by thread group ("http-nio-*-exec-#"), largest first; what no Java thread accounts for is the
     * JIT compiler and the garbage collector, which the thread bean does not list.
     */
    String byThread(int top) {
        double process = (processCpuNanos() - processStart) / 1e6;
        Map<String, Double> groups = new HashMap<>();
        double listed = 0;
        for (Map.Entry<Long, Long> end : threadCpuNanos().entrySet()) {
            double millis = (end.getValue() - threadStart.getOrDefault(end.getKey(), 0L)) / 1e6;
            ThreadInfo info = THREADS.getThreadInfo(end.getKey());
            if (info != null && millis > 0) {
                groups.merge(info.getThreadName().replaceAll("\\d+", "#"), millis, Double::sum);
                listed += millis;
            }
        }
        groups.put("(JIT compiler, GC: not Java threads)", Math.max(0, process - listed));
        String jvm = "; JIT compiling %d ms, GC %d ms".formatted(compileMillis() - compileStart, gcMillis() - gcStart);
        StringBuilder text = new StringBuilder();
        groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> text.append(text.isEmpty() ? "" : ", ").append("%s %.0f ms".formatted(e.getKey(), e.getValue())));
        return text + jvm;
    }

    private static long compileMillis() {
        var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    /** Time the collectors report (pauses, and G1's concurrent cycles as far as its beans count them). */
    private static long gcMillis() {
        long total = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static Map<Long, Long> threadCpuNanos() {
        Map<Long, Long> times = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                times.put(id, nanos);
            }
        }
        return times;
    }

    /** A line such as "CPU: 98% of 2 cores busy; per command 8.1 ms of CPU: 3.9 ms in this JVM, 4.0 ms in PostgreSQL, ...". */
    String describe(long units, String unit) {
        long[] machineEnd = machineTicks();
        if (machineStart == null || machineEnd == null || units == 0) {
            return "CPU: not measured (no /proc/stat)";
        }
        double busySeconds = (machineEnd[0] - machineStart[0]) / TICKS_PER_SECOND;
        double totalSeconds = (machineEnd[1] - machineStart[1]) / TICKS_PER_SECOND;
        double processSeconds = (processCpuNanos() - processStart) / 1e9;
        // Backends that ended in between take their ticks with them, so this is a lower bound.
        double postgresSeconds = Math.max(0, postgresTicks() - postgresStart) / TICKS_PER_SECOND;
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double interruptSeconds = (machineEnd[2] - machineStart[2]) / TICKS_PER_SECOND;
        return "CPU: %.0f%% of %d cores busy over %.1f s; per %s %.2f ms of CPU: %.2f ms in this JVM (Cadre and the client),"
                .formatted(100 * busySeconds / totalSeconds, cores, wallSeconds, unit, 1000 * busySeconds / units,
                        1000 * processSeconds / units)
                + " %.2f ms in PostgreSQL, %.2f ms in the kernel's interrupt work (loopback traffic), %.2f ms elsewhere".formatted(
                1000 * postgresSeconds / units, 1000 * interruptSeconds / units,
                1000 * Math.max(0, busySeconds - processSeconds - postgresSeconds - interruptSeconds) / units);
    }

    /** CPU ticks of every postgres process now running (the embedded server's backends and workers). */
    private static long postgresTicks() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open >= 0 && close > open && stat.substring(open + 1, close).equals("postgres")) {
                        String[] fields = stat.substring(close + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // The process ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /**
     * The share of the machine's CPU (0 to 1) that went neither to this JVM nor to PostgreSQL since the meter started:
     * other processes on a shared machine, which make any figure measured meanwhile slower than Cadre is.
     */
    double otherShare() {
        long[] machineEnd = machineTicks();
        if (machineStart == null || machineEnd == null || machineEnd[1] == machineStart[1]) {
            return 0;
        }
        double busySeconds = (machineEnd[0] - machineStart[0] - (machineEnd[2] - machineStart[2])) / TICKS_PER_SECOND;
        double totalSeconds = (machineEnd[1] - machineStart[1]) / TICKS_PER_SECOND;
        double processSeconds = (processCpuNanos() - processStart) / 1e9;
        double postgresSeconds = Math.max(0, postgresTicks() - postgresStart) / TICKS_PER_SECOND;
        return Math.max(0, busySeconds - processSeconds - postgresSeconds) / totalSeconds;
    }

    /**
     * Waits until other processes leave the machine alone (under 10% of its CPU over three seconds), for at most
     * {@code patienceSeconds}; returns the share they took in the last window.
     */
    static double awaitQuietMachine(int patienceSeconds, java.util.function.DoubleConsumer waiting) throws InterruptedException {
        long deadline = System.nanoTime() + patienceSeconds * 1_000_000_000L;
        while (true) {
            CpuMeter window = new CpuMeter();
            Thread.sleep(3000);
            double other = window.otherShare();
            if (other < 0.10 || System.nanoTime() > deadline) {
                return other;
            }
            waiting.accept(other);
        }
    }

    /** How many of one core's milliseconds per second this JVM has used since the meter started. */
    double processMillisPerSecond() {
        return (processCpuNanos() - processStart) / 1e6 / ((System.nanoTime() - wallStart) / 1e9);
    }

    /** Busy and total ticks of all cores since boot, or null where there is no /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(STAT).getFirst().trim().split("\\s+");
            long total = 0;
            long idle = 0;
            // user nice system idle iowait irq softirq steal; steal (time the hypervisor gave to other machines) counts as busy.
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) {
                    idle += value;
                }
            }
            // The kernel's interrupt work (loopback traffic of the benchmark's own calls) is no process's.
            long interrupts = fields.length > 7 ? Long.parseLong(fields[6]) + Long.parseLong(fields[7]) : 0;
            return new long[] {total - idle, total, interrupts};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
