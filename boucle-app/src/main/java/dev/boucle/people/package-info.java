/**
 * People who use Boucle: users, their roles, sign-in (form for pages, bearer tokens for the
 * API) and the bootstrap of the first admin. Other modules read the signed-in {@link dev.boucle.people.CurrentUser}.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.people;
