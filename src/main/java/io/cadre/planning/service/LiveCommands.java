package io.cadre.planning.service;

import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.DissolveTeam;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TransferPerson;
import io.cadre.pipeline.api.CancelPosition;
import io.cadre.pipeline.api.OpenPosition;
import io.cadre.planning.api.PlannedChange;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a planned change into the live command of its type, the one a rehearsal plays and applying records. */
@Component
class LiveCommands {

    private final Validator validator;

    LiveCommands(Validator validator) {
        this.validator = validator;
    }

    /** A live command and the team, person or position it changes (the aggregate its answer names). */
    record Live(Object command, UUID subjectId, String subjectField) {
    }

    /** The command of the change; its fields are checked as the live call checks them (400 with each field). */
    Live of(PlannedChange change) {
        if (change.type() == null) {
            throw InvalidInput.of("type", "must be one of " + Arrays.toString(io.cadre.planning.api.PlannedChangeType.values()));
        }
        Live live = switch (change.type()) {
            case FORM_TEAM -> new Live(new FormTeam(change.teamId(), change.name(),
                    change.kind() == null ? TeamKind.TEAM : kind(TeamKind.class, change.kind()), change.parentId(), change.mission(),
                    change.effectiveDate()), change.teamId(), "teamId");
            case MOVE_TEAM -> new Live(new MoveTeam(change.teamId(), change.parentId(), change.effectiveDate(), null), change.teamId(),
                    "teamId");
            case RENAME_TEAM -> new Live(new RenameTeam(change.teamId(), change.name(), change.effectiveDate(), null), change.teamId(),
                    "teamId");
            case DISSOLVE_TEAM -> new Live(new DissolveTeam(change.teamId(), change.moveMembersTo(), change.effectiveDate(), null),
                    change.teamId(), "teamId");
            case TRANSFER -> new Live(new TransferPerson(change.personId(), change.teamId(), change.managerId(), change.effectiveDate(),
                    null), change.personId(), "personId");
            case CHANGE_MANAGER -> new Live(new ChangeManager(change.personId(), change.managerId(), change.effectiveDate(), null),
                    change.personId(), "personId");
            case CHANGE_LEVEL -> new Live(new ChangeLevel(change.personId(), change.level(), kind(LevelChangeKind.class, change.kind()),
                    change.effectiveDate(), null), change.personId(), "personId");
            case LEAVE -> new Live(new RecordLeave(change.personId(), kind(LeaveKind.class, change.kind()), change.newManagerForReports(),
                    change.effectiveDate(), null), change.personId(), "personId");
            case OPEN_POSITION -> new Live(new OpenPosition(change.positionId(), change.teamId(), change.level(), change.title(),
                    change.managerId(), change.targetStart(), change.effectiveDate()), change.positionId(), "positionId");
            case CLOSE_POSITION -> new Live(new CancelPosition(change.positionId(), change.effectiveDate(), null), change.positionId(),
                    "positionId");
        };
        List<FieldError> errors = validator.validate(live.command()).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).collect(Collectors.toList());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return live;
    }

    private static <E extends Enum<E>> E kind(Class<E> kinds, String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return Enum.valueOf(kinds, kind.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "must be one of " + Arrays.toString(kinds.getEnumConstants()));
        }
    }
}
