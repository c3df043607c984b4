package io.cadre.org.web;

import io.cadre.org.api.AssignTeamLead;
import io.cadre.org.api.ChangeTeamMission;
import io.cadre.org.api.DissolveTeam;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TeamView;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Forms and changes teams, and shows a team with its history. */
@RestController
@RequestMapping("/api/teams")
class TeamController {

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    TeamController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> form(@RequestBody TeamRequests.Form body) {
        UUID id = UUID.randomUUID();
        long version = commands.send(new FormTeam(id, body.name(), body.kind() == null ? TeamKind.TEAM : body.kind(),
                body.parentId(), body.mission(), dates.orToday(body.effectiveDate())), id, body.reason());
        return Versions.created(URI.create("/api/teams/" + id), id, version);
    }

    @GetMapping("/{id}")
    ResponseEntity<TeamView> team(@PathVariable UUID id) {
        TeamView team = queries.ask(new GetTeam(id), TeamView.class);
        return ResponseEntity.ok().eTag(Versions.etag(team.version())).body(team);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        team(id);
        return queries.askList(new GetHistory(id), HistoryEntry.class);
    }

    @PostMapping("/{id}/rename")
    ResponseEntity<Map<String, Object>> rename(@PathVariable UUID id, @RequestBody TeamRequests.Rename body,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new RenameTeam(id, body.name(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)), body.reason());
    }

    @PostMapping("/{id}/mission")
    ResponseEntity<Map<String, Object>> mission(@PathVariable UUID id, @RequestBody TeamRequests.Mission body,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ChangeTeamMission(id, body.mission(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/move")
    ResponseEntity<Map<String, Object>> move(@PathVariable UUID id, @RequestBody TeamRequests.Move body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new MoveTeam(id, body.parentId(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)), body.reason());
    }

    @PostMapping("/{id}/lead")
    ResponseEntity<Map<String, Object>> lead(@PathVariable UUID id, @RequestBody TeamRequests.Lead body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new AssignTeamLead(id, body.personId(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/dissolve")
    ResponseEntity<Map<String, Object>> dissolve(@PathVariable UUID id, @RequestBody(required = false) TeamRequests.Dissolve body,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        TeamRequests.Dissolve request = body != null ? body : new TeamRequests.Dissolve(null, null, null);
        return send(id, new DissolveTeam(id, request.moveMembersTo(), dates.orToday(request.effectiveDate()),
                Versions.ifMatch(ifMatch)), request.reason());
    }

    private ResponseEntity<Map<String, Object>> send(UUID id, Object command, String reason) {
        return Versions.changed(id, commands.send(command, id, reason));
    }
}
