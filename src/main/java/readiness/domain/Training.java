package readiness.domain;

/** Residency, fellowship or administrative residency: completed on a date, or in progress. */
public record Training(String type, String specialty, String status, String completed, String expected) {
}
