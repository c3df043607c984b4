-- A processing group paused across every node that shares this database, while one node rebuilds its read models:
-- the other nodes stop their processors of the group, releasing their token claims, until the row is gone. The node
-- that paused it renews "until" while it works, so that a node that dies mid-rebuild pauses nobody for long.
create table processor_pause (
    processor_name varchar(255) primary key,
    paused_by      varchar(255) not null,
    until          timestamptz  not null
);
