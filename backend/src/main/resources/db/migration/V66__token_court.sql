-- A COURT token belongs to one court (issue 15 item 6): it pushes and reads only that court's cases. Tokens made
-- before this have no court and keep the scope they had (the cases the court side created) until the bureau
-- replaces them; the token list shows them without a court.
alter table api_token add column court varchar(200);
alter table api_token add constraint api_token_court_scope check (court is null or role = 'COURT');
