package io.kine.kernel.clinical;

public enum CaseStatus { OPEN, CLOSED }
