/**
 * Users, their roles, the person each one is, and API tokens.
 *
 * <p>Owns: the {@code app_user} and {@code api_token} tables ({@code service/UserAccounts}, {@code service/ApiTokens}),
 * the first administrator, the REST calls under {@code /api/users} and the Users view. It implements the ports
 * {@code platform.security} signs people in through ({@code TokenAuthentication}, {@code LinkedPeople}, and Spring's
 * {@code UserDetailsService}); other features reach it only through {@link io.cadre.access.api.Accounts}.
 *
 * <p>Events, published to the event log by {@code service/AccessEvents} in the transaction that changes the account
 * (accounts are rows, not aggregates, but their changes are facts an auditor asks for): {@code UserCreated},
 * {@code UserRolesChanged}, {@code UserLinkedToPerson}, {@code SignInFailed}. Sign-in hardening: {@code SignInGuard}
 * counts wrong passwords per account from Spring Security's authentication events and locks as
 * {@code SignInPolicy} says; {@code PasswordRule} is the one password strength rule; an account whose person
 * has left is disabled ({@code UserAccounts#hasLeft}).
 *
 * <p>May use: {@code org.api} (to name the person a user is), {@code platform}, {@code shared}.
 */
package io.cadre.access;
