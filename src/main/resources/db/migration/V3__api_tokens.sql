-- API tokens: long random values, stored only as their SHA-256, so checking one costs no password hashing.
create table api_token (
    token_hash   varchar(64)  primary key,
    username     varchar(100) not null references app_user (username) on delete cascade,
    name         varchar(200),
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz
);
create index api_token_user on api_token (username);
