package io.cadre.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poor man's profiler for the concurrent load: every few milliseconds it takes the stacks of the server's
 * request threads and the projections' threads and counts where each one is: in which Cadre method, through
 * which Axon step, and whether it waits for PostgreSQL, is parked (a lock or the read-model barrier's poll) or
 * runs. It tells what limits the throughput without attaching a profiler to the benchmark.
 */
final class ThreadSampler implements AutoCloseable {

    static final long INTERVAL_MILLIS = 50;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Integer> requestStates = new HashMap<>();
    private final Map<String, Integer> projectionStates = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int requestSamples;
    private int projectionSamples;

    ThreadSampler() {
        sampler = Thread.ofPlatform().daemon().name("benchmark-sampler").start(this::sample);
    }

    private void sample() {
        while (running) {
            for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
                String name = info.getThreadName();
                if (name.startsWith("http-nio") && name.contains("exec")) {
                    String state = classify(info.getStackTrace());
                    if (state != null) {
                        synchronized (this) {
                            requestStates.merge(state, 1, Integer::sum);
                            requestSamples++;
                        }
                    }
                } else if (name.startsWith("WorkPackage[") || name.startsWith("Coordinator[")) {
                    String state = name.replaceAll("-\\d+$", "") + ": " + describe(info.getStackTrace());
                    synchronized (this) {
                        projectionStates.merge(state, 1, Integer::sum);
                        projectionSamples++;
                    }
                }
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Where a request thread is, or null when it is idle in Tomcat's pool. */
    private static String classify(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("io.cadre.") || frame.getClassName().startsWith("org.axonframework.")
                    || frame.getClassName().startsWith("org.springframework.web.")) {
                return describe(stack);
            }
        }
        return null;
    }

    private static String describe(StackTraceElement[] stack) {
        String cadre = null;
        String axon = null;
        String waiting = "running";
        for (int i = 0; i < stack.length; i++) {
            String type = stack[i].getClassName();
            if (i == 0 && (type.equals("jdk.internal.misc.Unsafe") || type.startsWith("java.util.concurrent.locks.")
                    || (type.equals("java.lang.Thread") && stack[i].getMethodName().startsWith("sleep"))
                    || (type.equals("java.lang.Object") && stack[i].getMethodName().startsWith("wait")))) {
                waiting = "parked";
            }
            if (cadre == null && (type.startsWith("org.postgresql.") || type.startsWith("sun.nio.ch.") || type.startsWith("java.net.Socket"))) {
                waiting = "in PostgreSQL";
            }
            // Axon's generic helpers (JdbcUtils, time-limited tasks) say less than the component that called them.
            if (axon == null && cadre == null && type.startsWith("org.axonframework.") && !type.startsWith("org.axonframework.common.")) {
                axon = simple(type) + "." + stack[i].getMethodName();
            }
            if (cadre == null && type.startsWith("io.cadre.")) {
                cadre = simple(type) + "." + stack[i].getMethodName();
            }
        }
        String where = cadre != null ? cadre + (axon != null ? " > " + axon : "") : axon != null ? axon : "framework";
        return where + " [" + waiting + "]";
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The most frequent states of the request threads, as "share state" lines. */
    synchronized List<String> requestThreads(int top) {
        return ranked(requestStates, requestSamples, top);
    }

    synchronized List<String> projectionThreads(int top) {
        return ranked(projectionStates, projectionSamples, top);
    }

    private static List<String> ranked(Map<String, Integer> states, int samples, int top) {
        List<String> lines = new ArrayList<>();
        states.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> lines.add("%4.1f%% %s".formatted(100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        return lines;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
