package dev.boucle.comp.rules;

/** Where figures come from: the law or the official page, cited in the rule file. */
public record Source(String id, String title, String url) { }
