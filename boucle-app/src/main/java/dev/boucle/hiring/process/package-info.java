/**
 * The hiring process as data: offices, levels, round types and the four tracks with their
 * stages and rounds, read from a YAML file that is validated at load.
 */
@org.springframework.modulith.NamedInterface("process")
package dev.boucle.hiring.process;
