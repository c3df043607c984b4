/**
 * Users, their roles, the person each one is, and API tokens.
 *
 * <p>Owns: the {@code app_user} and {@code api_token} tables ({@code service/UserAccounts}, {@code service/ApiTokens}),
 * the first administrator, the REST calls under {@code /api/users} and the Users view. It implements the ports
 * {@code platform.security} signs people in through ({@code TokenAuthentication}, {@code LinkedPeople}, and Spring's
 * {@code UserDetailsService}); other features reach it only through {@link io.cadre.access.api.Accounts}.
 *
 * <p>May use: {@code org.api} (to name the person a user is), {@code platform}, {@code shared}.
 */
package io.cadre.access;
