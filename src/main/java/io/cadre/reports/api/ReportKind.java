package io.cadre.reports.api;

/** The reports Cadre answers, each with the last part of its path under {@code /api/reports} and a title for people. */
public enum ReportKind {
    HEADCOUNT("headcount", "Headcount"),
    SPAN_OF_CONTROL("span-of-control", "Span of control and layers"),
    PYRAMID("pyramid", "Level pyramid"),
    ATTRITION("attrition", "Hires, leavers and attrition"),
    TIME_IN_LEVEL("time-in-level", "Time in level"),
    PROMOTIONS("promotions", "Promotion rates"),
    POSITIONS("positions", "Open positions"),
    OBJECTIVES("objectives", "Objectives progress");

    private final String path;
    private final String title;

    ReportKind(String path, String title) {
        this.path = path;
        this.title = title;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }
}
