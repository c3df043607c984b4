package io.cadre.imports.service;

import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.gateway.Commands;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends an import's commands to org, each with its line of the file as the reason, without waiting for the read
 * models; at the end, waits once until they hold the last command each worker sent.
 */
final class OrgCommands {

    private final UUID importId;
    private final Commands commands;
    private final ReadModelBarrier barrier;
    private final ShortTransactions transactions;
    private final ImportLines lines;
    /** The last command each worker sent: the read models have the import's effect once they have all of these. */
    private final Map<Thread, Sent> lastSent = new ConcurrentHashMap<>();

    OrgCommands(UUID importId, Commands commands, ReadModelBarrier barrier, ShortTransactions transactions, ImportLines lines) {
        this.importId = importId;
        this.commands = commands;
        this.barrier = barrier;
        this.transactions = transactions;
        this.lines = lines;
    }

    /** Sends a command for a line; a refusal is thrown (inside a group of lines, it ends the group). */
    void send(Object command, UUID subject, int line) {
        send(command, subject, reason(line));
    }

    /** Sends a command with its own reason; a refusal is thrown (inside a group of lines, it ends the group). */
    void send(Object command, UUID subject, String reason) {
        long version;
        try {
            version = commands.sendWithoutWaiting(command, subject, reason);
        } catch (RuntimeException e) {
            throw transactions.failure(e);
        }
        Sent sent = new Sent(subject, version);
        Thread worker = Thread.currentThread();
        lines.afterCommit(() -> lastSent.put(worker, sent));
    }

    /** Sends a command for a line; a refusal becomes the line's error. */
    boolean attempt(Object command, UUID subject, int line) {
        try {
            send(command, subject, line);
            return true;
        } catch (RuleViolation | InvalidInput | NotFound e) {
            lines.refuse(line, e.getMessage());
            return false;
        }
    }

    /** Waits until the read models include the last change each worker of the import made. */
    void awaitReadModels() {
        lastSent.values().forEach(sent -> barrier.awaitEvent(sent.subject().toString(), sent.version()));
    }

    private String reason(int line) {
        return "HRIS import " + importId + ", line " + line;
    }

    private record Sent(UUID subject, long version) {
    }
}
