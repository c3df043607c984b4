package io.cadre.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent clients that change people's titles through the nodes and record every command: when it was invoked, each
 * attempt, and how it ended. A client owns its people, sends one command at a time, and retries a command whose answer
 * it did not get (no answer, a 5xx, or 409 "still being processed") with the same {@code Idempotency-Key} and body, on
 * the next node, until it gets a definite answer or its patience runs out (then the command is unknown, and the person
 * is left alone so that no late arrival can be mistaken for a stale read). After each 2xx it reads the person back
 * from the node that answered: a title other than the one just set is a stale read.
 */
final class FaultClients {

    /** How a command ended: acknowledged (2xx), refused (a definite 4xx), or never answered for sure. */
    enum Outcome { OK, FAILED, UNKNOWN }

    /** One command and what became of it. Each title is set by one command only, so its events can be counted. */
    static final class Op {
        final UUID person;
        final String title;
        final String key = UUID.randomUUID().toString();
        final long invoked = System.nanoTime();
        volatile long answered;
        volatile Outcome outcome;
        volatile int attempts;
        volatile boolean staleRead;
        volatile String refusal;
        /** Each attempt: the node and its answer (a status, or "-" for none). */
        final StringBuffer attemptLog = new StringBuffer();

        Op(UUID person, String title) {
            this.person = person;
            this.title = title;
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<CadreNode> nodes;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Op> history = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;
    final AtomicInteger noAnswer = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    /** The first few answers counted in {@link #serverErrors}, with the node, the time and the body, for the report. */
    final Queue<String> serverErrorAnswers = new ConcurrentLinkedQueue<>();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger stillProcessing = new AtomicInteger();

    FaultClients(List<CadreNode> nodes, String token) {
        this.nodes = nodes;
        this.token = token;
    }

    void start(List<List<UUID>> peopleByClient) {
        for (int c = 0; c < peopleByClient.size(); c++) {
            int client = c;
            List<UUID> people = new ArrayList<>(peopleByClient.get(c));
            Thread thread = Thread.ofPlatform().name("fault-client-" + c).start(() -> run(client, people));
            threads.add(thread);
        }
    }

    /** Lets each client finish the command it is sending (within its patience), then stops them. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** How many commands have been acknowledged so far. */
    long acknowledged() {
        synchronized (history) {
            return history.stream().filter(o -> o.outcome == Outcome.OK).count();
        }
    }

    List<Op> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    private void run(int client, List<UUID> people) {
        int node = client % nodes.size();
        for (int n = 0; !stopping && !people.isEmpty(); n++) {
            UUID person = people.get(n % people.size());
            Op op = new Op(person, "Engineer c" + client + "-" + n);
            history.add(op);
            node = send(op, node);
            if (op.outcome == Outcome.UNKNOWN) {
                people.remove(person);
            }
        }
    }

    /** Sends the command until its outcome is known or patience runs out; returns the node to send the next one to. */
    private int send(Op op, int node) {
        long deadline = op.invoked + PATIENCE.toNanos();
        String body = JSON.writeValueAsString(Map.of("title", op.title, "reason", "Fault harness"));
        while (true) {
            CadreNode at = nodes.get(node);
            op.attempts++;
            try {
                HttpResponse<String> answer = http.send(request(at, "/api/people/" + op.person + "/title")
                        .header("Content-Type", "application/json").header("Idempotency-Key", op.key)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                op.attemptLog.append(at.name).append(':').append(status).append(' ');
                if (status / 100 == 2) {
                    op.answered = System.nanoTime();
                    op.outcome = Outcome.OK;
                    op.staleRead = !readBack(at, op);
                    return node;
                }
                if (status >= 500) {
                    if (status == 503) {
                        unavailable.incrementAndGet();
                    } else if (serverErrors.incrementAndGet() <= 5) {
                        serverErrorAnswers.add(at.name + " at " + java.time.Instant.now() + ": " + status + " " + answer.body());
                    }
                } else if (status == 409) {
                    stillProcessing.incrementAndGet();
                } else {
                    op.answered = System.nanoTime();
                    op.outcome = Outcome.FAILED;
                    op.refusal = status + " " + answer.body();
                    return node;
                }
            } catch (IOException e) {
                noAnswer.incrementAndGet();
                op.attemptLog.append(at.name).append(":- ");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                op.outcome = Outcome.UNKNOWN;
                return node;
            }
            if (System.nanoTime() > deadline) {
                op.outcome = Outcome.UNKNOWN;
                return node;
            }
            node = (node + 1) % nodes.size();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                op.outcome = Outcome.UNKNOWN;
                return node;
            }
        }
    }

    /** Whether the node that acknowledged the change shows it right after; a read that gets no answer proves nothing. */
    private boolean readBack(CadreNode node, Op op) {
        try {
            HttpResponse<String> person = http.send(request(node, "/api/people/" + op.person).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return person.statusCode() != 200 || op.title.equals(JSON.readTree(person.body()).get("title").asString());
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private HttpRequest.Builder request(CadreNode node, String path) {
        return HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token);
    }
}
