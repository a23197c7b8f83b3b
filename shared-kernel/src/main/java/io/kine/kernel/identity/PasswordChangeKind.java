package io.kine.kernel.identity;

/** Whether the person typed their current password ({@code CHANGED}) or followed a mailed link ({@code RESET}). */
public enum PasswordChangeKind { CHANGED, RESET }
