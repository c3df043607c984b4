package io.cadre.access;

import java.util.TreeMap;
import io.cadre.shared.SentBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.cadre.ladder.api.CreateLadder;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderTemplates;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.org.api.AssignTeamLead;
import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.SaveGrowthModel;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTeamMission;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.CorrectPersonalData;
import io.cadre.org.api.ErasePersonalData;
import io.cadre.org.api.RetractPersonChange;
import io.cadre.org.api.RetractTeamChange;
import io.cadre.org.api.DissolveTeam;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.security.SystemIdentity;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.Role;
import io.cadre.shared.RuleViolation;
import io.cadre.access.service.UserAccounts;
import io.cadre.support.Api;
import io.cadre.support.CommandTypes;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sends every command type Cadre has as every role, on the command bus of the whole application and its
 * real database, and compares what is refused with the role matrix below, which the README's "Who may do
 * what" repeats line for line. A refused command records nothing; a command type that is not in the
 * matrix, or has no sample here, fails the test.
 */
@IntegrationTest
class CommandAccessMatrixTest {

    /** Who may send each command: the README shows this very table. */
    static final String MATRIX = """
            | Command | ADMIN | HR | DIRECTOR | MANAGER | EMPLOYEE |
            |---|---|---|---|---|---|
            | `FormTeam` | yes | yes | yes | no | no |
            | `RenameTeam` | yes | yes | yes | no | no |
            | `ChangeTeamMission` | yes | yes | yes | no | no |
            | `MoveTeam` | yes | yes | yes | no | no |
            | `AssignTeamLead` | yes | yes | yes | no | no |
            | `DissolveTeam` | yes | yes | yes | no | no |
            | `EndTeam` | yes | yes | yes | no | no |
            | `HirePerson` | yes | yes | yes | no | no |
            | `TransferPerson` | yes | yes | yes | no | no |
            | `ChangeManager` | yes | yes | yes | no | no |
            | `ChangeTitle` | yes | yes | yes | no | no |
            | `ChangeLevel` | yes | yes | yes | no | no |
            | `RecordLeave` | yes | yes | yes | no | no |
            | `EndEmployment` | yes | yes | yes | no | no |
            | `CorrectPersonalData` | yes | yes | no | no | no |
            | `ErasePersonalData` | yes | yes | no | no | no |
            | `RetractPersonChange` | yes | yes | no | no | no |
            | `RetractTeamChange` | yes | yes | no | no | no |
            | `CreateLadder` | yes | yes | yes | no | no |
            | `SaveLadderDraft` | yes | yes | yes | no | no |
            | `PublishLadder` | yes | yes | yes | no | no |
            | `OpenPosition` | yes | yes | yes | no | no |
            | `ApprovePosition` | yes | yes | yes | no | no |
            | `FreezePosition` | yes | yes | yes | no | no |
            | `UnfreezePosition` | yes | yes | yes | no | no |
            | `CancelPosition` | yes | yes | yes | no | no |
            | `FillPosition` | yes | yes | yes | no | no |
            | `AddCandidate` | yes | yes | yes | no | no |
            | `MoveCandidate` | yes | yes | yes | no | no |
            | `RecordHire` | yes | yes | yes | no | no |
            | `RecordHireRefusal` | yes | yes | yes | no | no |
            | `NominatePromotion` | yes | yes | yes | yes | no |
            | `CalibratePromotion` | yes | yes | no | no | no |
            | `DecidePromotion` | yes | yes | no | no | no |
            | `WithdrawPromotion` | yes | yes | yes | yes | no |
            | `OpenCalibration` | yes | yes | no | no | no |
            | `RecommendPromotion` | yes | yes | yes | no | no |
            | `WriteObjective` | yes | yes | yes | no | no |
            | `AlignObjective` | yes | yes | yes | no | no |
            | `ChangeObjectiveStatus` | yes | yes | yes | no | no |
            | `AddKeyResult` | yes | yes | yes | no | no |
            | `ReviseKeyResult` | yes | yes | yes | no | no |
            | `RecordCheckIn` | yes | yes | yes | no | no |
            | `AddNeededPosition` | yes | yes | yes | no | no |
            | `RemoveNeededPosition` | yes | yes | yes | no | no |
            | `PlanSuccession` | yes | yes | yes | no | no |
            | `CreateScenario` | yes | yes | yes | no | no |
            | `PlanChange` | yes | yes | yes | no | no |
            | `RevisePlannedChange` | yes | yes | yes | no | no |
            | `DropPlannedChange` | yes | yes | yes | no | no |
            | `MarkChangeApplied` | yes | yes | yes | no | no |
            | `SaveGrowthModel` | yes | yes | yes | no | no |
            """;

    private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 2);
    private static final LocalDate LATER = LocalDate.of(2025, 3, 3);
    private static final SystemIdentity SETUP = new SystemIdentity("matrix-setup", Role.ADMIN);
    private static final String DIRECTOR_USER = "matrix-director";

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway bus;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LadderTemplates templates;
    @Autowired
    UserAccounts users;

    /** One sample of each command type, made on a fresh little organisation of its own. */
    private final Map<String, Function<Fixture, Object>> samples = samples();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyCommandIsRefusedOrAllowedForEveryRoleAsTheMatrixSays() {
        Map<String, Set<Role>> matrix = parse(MATRIX);
        assertThat(matrix.keySet()).as("the matrix names exactly Cadre's command types")
                .isEqualTo(CommandTypes.ofCadre().stream().map(CommandAccessMatrixTest::simpleName)
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(matrix.keySet()).as("every sampled command is in the matrix").containsAll(samples.keySet());
        assertThat(declaredRoles()).as("each command declares the roles of its row").isEqualTo(matrix);

        List<String> mismatches = new ArrayList<>();
        matrix.forEach((command, allowed) -> {
            if (!samples.containsKey(command)) {
                return;
            }
            Fixture fixture = fixture(command);
            for (Role role : Role.values()) {
                Object sample = samples.get(command).apply(fixture);
                long before = EventLog.size(jdbc);
                Throwable outcome = sendAs(role, sample);
                boolean refused = refusal(outcome) != null;
                if (refused == allowed.contains(role)) {
                    mismatches.add(command + " as " + role + ": " + (refused ? "refused (" + outcome.getMessage() + ")" : "allowed"));
                }
                if (refused) {
                    // Nothing recorded, so the next role finds the same organisation.
                    assertThat(EventLog.size(jdbc)).as("%s refused to %s records nothing", command, role).isEqualTo(before);
                    continue;
                }
                if (outcome != null && !isDomainRefusal(outcome)) {
                    fail(command + " as " + role + " failed unexpectedly", outcome);
                }
                fixture = fixture(command);
            }
        });
        assertThat(mismatches).as("differences from the matrix").isEmpty();
    }

    /** The roles each command type declares with {@code @SentBy}, by its simple name. */
    private static Map<String, Set<Role>> declaredRoles() {
        Map<String, Set<Role>> declared = new TreeMap<>();
        for (String name : CommandTypes.ofCadre()) {
            try {
                SentBy sentBy = Class.forName(name).getAnnotation(SentBy.class);
                declared.put(simpleName(name), sentBy == null ? Set.of() : Set.of(sentBy.value()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return declared;
    }

    @Test
    void theReadmeShowsTheSameMatrix() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains(MATRIX.strip());
    }

    @Test
    void nobodySignedInMaySendAnything() {
        long before = EventLog.size(jdbc);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> bus.sendAndWait(new FormTeam(UUID.randomUUID(), "Nobody's", TeamKind.TEAM, null, null, FOUNDED)))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("Sign in");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void aCommandThatDoesNotSayWhoMaySendItIsRefusedToEveryone() {
        signInAs(Role.ADMIN);
        assertThatThrownBy(() -> bus.sendAndWait(new Undeclared(UUID.randomUUID())))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("Undeclared does not say who may send it");
    }

    @Test
    void cadresOwnWorkSendsAsANamedSystemIdentityRecordedAsTheActor() {
        SystemIdentity process = new SystemIdentity("matrix-process", Role.HR);
        UUID team = UUID.randomUUID();
        process.run(() -> commands.send(new FormTeam(team, "Formed by Cadre " + team, TeamKind.TEAM, null, null, FOUNDED), team, null));
        var history = Api.asAdmin(port).get("/api/teams/" + team + "/history").expect(200).json();
        assertThat(history.get(0).get("actor").asString()).isEqualTo("matrix-process");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the thread is given back").isNull();

        long before = EventLog.size(jdbc);
        SystemIdentity reader = new SystemIdentity("matrix-reader", Role.EMPLOYEE);
        assertThatThrownBy(() -> reader.run(() -> commands.send(new FormTeam(UUID.randomUUID(), "Not formed", TeamKind.TEAM,
                null, null, FOUNDED), team, null)))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("matrix-reader has EMPLOYEE");
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    /** A command no one declared senders for; it needs no handler, as the bus refuses it before looking for one. */
    record Undeclared(UUID id) {
    }

    /** What sending the sample as a user in the role came to: null when it was recorded. */
    private Throwable sendAs(Role role, Object command) {
        signInAs(role);
        try {
            bus.sendAndWait(command);
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(Role role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("matrix-" + role.name().toLowerCase(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
    }

    private static NotAllowed refusal(Throwable outcome) {
        for (Throwable cause = outcome; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotAllowed notAllowed) {
                return notAllowed;
            }
        }
        return null;
    }

    /** The handler ran and the domain said no (the sample's data, not the sender): still an allowed send. */
    private static boolean isDomainRefusal(Throwable outcome) {
        for (Throwable cause = outcome; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput || cause instanceof RuleViolation || cause instanceof NotFound
                    || cause instanceof AggregateNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<Role>> parse(String table) {
        List<String> lines = table.strip().lines().toList();
        List<Role> columns = Arrays.stream(lines.getFirst().split("\\|")).map(String::strip)
                .filter(cell -> !cell.isEmpty() && !cell.equals("Command")).map(Role::valueOf).toList();
        assertThat(columns).as("one column per role").containsExactlyInAnyOrder(Role.values());
        Map<String, Set<Role>> matrix = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).filter(cell -> !cell.isEmpty()).toList();
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            for (int i = 0; i < columns.size(); i++) {
                String cell = cells.get(i + 1);
                assertThat(cell).as(line).isIn("yes", "no");
                if (cell.equals("yes")) {
                    allowed.add(columns.get(i));
                }
            }
            matrix.put(cells.getFirst().replace("`", ""), allowed);
        }
        return matrix;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** A parent team and a team under it, where A leads and B reports to A; and a ladder for the ladder commands. */
    private record Fixture(UUID parent, UUID team, UUID a, UUID b, UUID ladder, String tag) {
    }

    private Fixture fixture(String command) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return SETUP.call(() -> {
            UUID parent = send(new FormTeam(UUID.randomUUID(), "Matrix parent " + tag, TeamKind.GROUP, null, null, FOUNDED));
            UUID team = send(new FormTeam(UUID.randomUUID(), "Matrix team " + tag, TeamKind.TEAM, parent, null, FOUNDED));
            UUID a = send(hire("A", tag, team, null));
            UUID b = send(hire("B", tag, team, a));
            // The DIRECTOR's user is the lead of the parent team, so that every sample is in its scope (§7.5): this
            // matrix is about roles; ScopeMatrixTest is about scope.
            UUID director = send(hire("D", tag, parent, null));
            commands.send(new AssignTeamLead(parent, director, FOUNDED, null), parent, null);
            if (!users.create(DIRECTOR_USER, "Matrix-director-password-" + tag, Set.of(Role.DIRECTOR), director)) {
                users.linkPerson(DIRECTOR_USER, director);
            }
            UUID ladder = null;
            if (command.contains("Ladder")) {
                ladder = UUID.randomUUID();
                commands.send(new CreateLadder(ladder, ladderContent("matrix-" + tag)), ladder, null);
            }
            return new Fixture(parent, team, a, b, ladder, tag);
        });
    }

    private UUID send(Object command) {
        UUID id = command instanceof FormTeam form ? form.teamId() : ((HirePerson) command).personId();
        commands.send(command, id, null);
        return id;
    }

    private static HirePerson hire(String who, String tag, UUID team, UUID manager) {
        return new HirePerson(UUID.randomUUID(), null, who + " " + tag, who.toLowerCase() + "." + tag + "@matrix.example",
                "Engineer", team, manager, null, FOUNDED);
    }

    private LadderContent ladderContent(String code) {
        LadderContent template = templates.content(templates.all().getFirst().key());
        return new LadderContent(code, template.name(), template.summary(), template.tracks(), template.levels(),
                template.equivalences(), template.areas(), template.expectations());
    }

    private Map<String, Function<Fixture, Object>> samples() {
        Map<String, Function<Fixture, Object>> all = new LinkedHashMap<>();
        all.put("FormTeam", f -> new FormTeam(UUID.randomUUID(), "Matrix new " + f.tag(), TeamKind.TEAM, f.team(), null, LATER));
        all.put("RenameTeam", f -> new RenameTeam(f.team(), "Matrix renamed " + f.tag(), LATER, null));
        all.put("ChangeTeamMission", f -> new ChangeTeamMission(f.team(), "Ship it", LATER, null));
        all.put("MoveTeam", f -> new MoveTeam(f.team(), null, LATER, null));
        all.put("AssignTeamLead", f -> new AssignTeamLead(f.team(), f.a(), LATER, null));
        all.put("DissolveTeam", f -> new DissolveTeam(f.team(), f.parent(), LATER, null));
        all.put("EndTeam", f -> internal("io.cadre.org.command.EndTeam", f.parent(), LATER, null));
        all.put("HirePerson", f -> hire("C", f.tag(), f.team(), f.a()));
        all.put("TransferPerson", f -> new TransferPerson(f.b(), f.parent(), LATER, null));
        all.put("ChangeManager", f -> new ChangeManager(f.b(), null, LATER, null));
        all.put("ChangeTitle", f -> new ChangeTitle(f.b(), "Senior Engineer", LATER, null));
        all.put("ChangeLevel", f -> new ChangeLevel(f.b(), "no-such-level", LevelChangeKind.PROMOTION, LATER, null));
        all.put("RecordLeave", f -> new RecordLeave(f.a(), LeaveKind.VOLUNTARY, f.b(), LATER, null));
        all.put("EndEmployment", f -> internal("io.cadre.org.command.EndEmployment", f.b(), LeaveKind.OTHER, LATER, null));
        all.put("CorrectPersonalData", f -> new CorrectPersonalData(f.b(), "B corrected " + f.tag(), null, null));
        all.put("ErasePersonalData", f -> new ErasePersonalData(f.b(), null));
        all.put("RetractPersonChange", f -> new RetractPersonChange(f.b(), UUID.randomUUID()));
        all.put("RetractTeamChange", f -> new RetractTeamChange(f.team(), UUID.randomUUID()));
        all.put("CreateLadder", f -> new CreateLadder(UUID.randomUUID(), ladderContent("matrix-new-" + f.tag())));
        all.put("SaveLadderDraft", f -> new SaveLadderDraft(f.ladder(), ladderContent("matrix-" + f.tag()), false, null));
        all.put("PublishLadder", f -> new PublishLadder(f.ladder(), null));
        all.put("SaveGrowthModel", f -> new SaveGrowthModel(UUID.randomUUID(), "Matrix growth " + f.tag(),
                new GrowthInputs(null, null, 4, null, 2, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 5)));
        return all;
    }

    /** A command the org feature keeps to itself (sent while handling another), made through its one constructor. */
    private static Object internal(String type, Object... arguments) {
        try {
            Constructor<?> constructor = Class.forName(type).getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
