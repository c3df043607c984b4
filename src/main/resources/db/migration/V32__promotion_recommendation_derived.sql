-- A case's current recommendation is read from calibration_change (the last change in its session), not kept on the
-- case: the case and its session are two aggregates, and a rebuild replays them side by side in any order.
alter table promotion drop column recommendation;
