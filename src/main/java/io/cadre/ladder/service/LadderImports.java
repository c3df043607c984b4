package io.cadre.ladder.service;

import io.cadre.platform.security.SignedIn;
import io.cadre.ladder.api.CreateLadder;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderView;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.ladder.format.ReadLadder;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.Role;
import io.cadre.shared.InvalidInput;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes in a ladder file: a new code starts a ladder, a known one gets the file as its new draft, and the
 * draft is published when asked. A file with any problem is refused whole, each problem at its line.
 */
@Component
public class LadderImports {

    private final Commands commands;
    private final Queries queries;

    LadderImports(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** What an import did: whether it started the ladder, and the version published, if any. */
    public record Imported(UUID ladderId, String code, boolean created, long version, Integer publishedVersion) {
    }

    public Imported importFile(String text, String code, boolean publish, String reason) {
        ReadLadder read = LadderFormat.read(text, code == null || code.isBlank() ? null : code.strip());
        LadderContent content = read.content();
        boolean seesPay = SignedIn.asAny(Role.PAY_READERS);
        if (!seesPay && content.levels().stream().map(Level::salaryBand).anyMatch(Objects::nonNull)) {
            throw InvalidInput.of("levels", "salary bands may be set only by HR and administrators; leave them out of the file");
        }
        if (publish && (content.tracks().isEmpty() || content.levels().isEmpty())) {
            throw InvalidInput.of("levels", "a ladder needs at least one track and one level before it can be published");
        }
        List<LadderView> existing = content.code() == null ? List.of() : queries.askList(new FindLadderByCode(content.code()), LadderView.class);
        try {
            UUID id;
            long version;
            if (existing.isEmpty()) {
                id = UUID.randomUUID();
                version = commands.send(new CreateLadder(id, content), id, reason);
            } else {
                id = existing.getFirst().id();
                version = commands.send(new SaveLadderDraft(id, content, !seesPay, null), id, reason);
            }
            Integer published = null;
            if (publish) {
                LadderView ladder = existing.isEmpty() ? null : existing.getFirst();
                boolean unchanged = ladder != null && ladder.published() != null && version == ladder.version() && !ladder.draftPending();
                if (unchanged) {
                    published = ladder.latestVersion();
                } else {
                    version = commands.send(new PublishLadder(id, null), id, reason);
                    published = (ladder == null || ladder.latestVersion() == null ? 0 : ladder.latestVersion()) + 1;
                }
            }
            return new Imported(id, content.code(), existing.isEmpty(), version, published);
        } catch (InvalidInput refusal) {
            throw read.located(refusal);
        }
    }
}
