-- Failed sign-ins in a row and the lock they cause (SignInGuard).
alter table app_user add column failed_sign_ins int not null default 0;
alter table app_user add column locked_until timestamptz;
