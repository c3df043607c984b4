package io.cadre.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Cadre in a JVM of its own, on the harness's PostgreSQL: started from the test's classpath, killed with SIGKILL,
 * paused with SIGSTOP and resumed, or stopped as an operator would (SIGTERM). Its output goes to a file of its own.
 */
final class CadreNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    final String name;
    final int port;
    private final List<String> settings;
    private final Path output;
    private Process process;

    CadreNode(String name, String jdbcUrl, String adminPassword, Path outputDir, String... extra) throws IOException {
        this.name = name;
        this.port = freePort();
        this.output = outputDir.resolve(name + ".log");
        this.settings = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--cadre.admin-password=" + adminPassword,
                "--spring.main.banner-mode=off", "--cadre.cluster.node-id=" + name, "--logging.level.root=WARN", "--logging.level.io.cadre=INFO"));
        this.settings.addAll(List.of(extra));
    }

    /** Starts the node and waits until it answers its health check. */
    void start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Xshare:off",
                "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-cp", System.getProperty("java.class.path"), "io.cadre.CadreApplication"));
        command.addAll(settings);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        await(name + " answering its health check").atMost(STARTUP).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + output);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** SIGKILL: no shutdown hook, no commit, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGSTOP: the JVM holds its connections, claims and requests, and does nothing, until {@link #resume()}. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        // The shell's own kill: no kill binary needs to be installed.
        int exit = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + process.pid()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + exit);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Path output() {
        return output;
    }

    /**
     * The node's warnings and errors so far, each with the lines that follow it (its stack trace), at most {@code max}
     * lines in all, newest last: what a failed run prints, since the node's file goes with the test's directory.
     */
    String problems(int max) throws IOException {
        List<String> problems = new ArrayList<>();
        boolean within = false;
        for (String line : java.nio.file.Files.readAllLines(output)) {
            boolean logLine = line.matches("^\\d{4}-\\d{2}-\\d{2}T.*");
            if (logLine) {
                within = line.contains(" WARN ") || line.contains(" ERROR ");
            }
            if (within) {
                problems.add(line);
            }
        }
        return String.join("\n", problems.subList(Math.max(0, problems.size() - max), problems.size()));
    }

    /** SIGTERM, as an operator stops a node: Spring shuts down, releasing its claims. */
    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
