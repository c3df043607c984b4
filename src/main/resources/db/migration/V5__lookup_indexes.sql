-- Imports find people by employee number, one row at a time.
create index chart_person_state_employee_number on chart_person_state (employee_number) where employee_number is not null;
