-- Every projection now runs in the one processor 'read-models'. It starts without a token and replays every event, so
-- the read models the four former processors built are emptied first (they are rebuilt from the event store).
delete from token_entry where processor_name in ('org-chart', 'org-history', 'ladders', 'level-history');
truncate chart_change, chart_person_state, chart_team_state, chart_subject, history_entry, ladder_view, ladder_version,
    level_step;
