/**
 * Coding rounds: the bank of coding problems, the candidate's pad (a secret link to one problem
 * for one round), and submissions judged by the sandboxed engine ({@code boucle-judge}) through a
 * work queue kept in PostgreSQL, so that any number of hosts can run judge workers.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.coding;
