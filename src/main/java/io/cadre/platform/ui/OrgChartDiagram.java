package io.cadre.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The org chart drawn in the browser by the {@code cadre-org-chart} web component (frontend/org-chart), on
 * d3's tree layout and zoom: the server sends the chart as JSON and hears back what the person clicked,
 * dragged or could not export. Shared by every view that draws an org: the org chart, and a scenario's org beside the
 * live one.
 */
@Tag("cadre-org-chart")
@JsModule("./org-chart/cadre-org-chart.js")
@NpmPackage(value = "d3-hierarchy", version = "3.1.3")
@NpmPackage(value = "d3-selection", version = "3.0.1")
@NpmPackage(value = "d3-zoom", version = "3.0.1")
public final class OrgChartDiagram extends Component implements HasSize {

    public OrgChartDiagram() {
        setId("org-chart");
    }

    /** Draws a chart built by {@link ChartNode#chart}; open branches, zoom and the selection survive a redraw of the same kind. */
    public void show(String chartJson) {
        getElement().callJsFunction("show", chartJson);
    }

    /** Marks boxes by id ({@link ChartNode#marks}): joined, formed or moved. */
    public void highlight(String marksJson) {
        getElement().callJsFunction("highlight", marksJson);
    }

    public void focusNode(UUID id) {
        getElement().callJsFunction("focusNode", id.toString());
    }

    /** Shows only what is below {@code id}; null shows the whole chart again. */
    public void showSubtree(UUID id) {
        getElement().callJsFunction("showSubtree", id == null ? null : id.toString());
    }

    public void expandAll() {
        getElement().callJsFunction("expandAll");
    }

    public void collapseAll() {
        getElement().callJsFunction("collapseAll");
    }

    public void fit() {
        getElement().callJsFunction("fit");
    }

    public void zoomBy(double factor) {
        getElement().callJsFunction("zoomBy", factor);
    }

    public void exportSvg(String fileName, String heading) {
        getElement().callJsFunction("exportSvg", fileName, heading);
    }

    public void exportPng(String fileName, String heading) {
        getElement().callJsFunction("exportPng", fileName, heading);
    }

    public void onNodeSelected(Consumer<UUID> listener) {
        getElement().addEventListener("node-selected", e -> listener.accept(UUID.fromString(
                e.getEventData().get("event.detail.id").asString()))).addEventData("event.detail.id");
    }

    /** The person (or team) dragged, and the node it was dropped on. */
    public void onMoveRequested(BiConsumer<UUID, UUID> listener) {
        getElement().addEventListener("move-requested", e -> listener.accept(
                        UUID.fromString(e.getEventData().get("event.detail.subjectId").asString()),
                        UUID.fromString(e.getEventData().get("event.detail.targetId").asString())))
                .addEventData("event.detail.subjectId").addEventData("event.detail.targetId");
    }

    public void onExportRefused(Consumer<String> listener) {
        getElement().addEventListener("export-refused", e -> listener.accept(
                e.getEventData().get("event.detail.message").asString())).addEventData("event.detail.message");
    }
}
