package io.cadre.ladder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.Proficiency;
import io.cadre.ladder.api.SalaryBand;
import io.cadre.ladder.api.Track;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edits a ladder's draft as a working copy: tracks, levels (retire rather than remove once published),
 * equivalences, areas and each level's expectations. Nothing is recorded until the draft is saved, and then
 * every problem is listed at once.
 */
final class DraftEditor extends VerticalLayout {

    private final boolean seesPay;
    private final boolean editsPay;
    private final Consumer<LadderContent> save;
    private final TextField name = new TextField("Name");
    private final TextArea summary = new TextArea("Summary");
    private final Grid<Track> trackGrid = new Grid<>();
    private final Grid<Level> levelGrid = new Grid<>();
    private final Grid<List<String>> equivalenceGrid = new Grid<>();
    private final Grid<Area> areaGrid = new Grid<>();
    private final ComboBox<Level> expectationsOf = new ComboBox<>("Expectations of level");
    private final VerticalLayout expectationRows = new VerticalLayout();
    private String code;
    private final List<Track> tracks = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final List<List<String>> equivalences = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();

    /** {@code seesPay}: the salary bands are shown; {@code editsPay}: they can be set too. */
    DraftEditor(boolean seesPay, boolean editsPay, Consumer<LadderContent> save) {
        this.seesPay = seesPay || editsPay;
        this.editsPay = editsPay;
        this.save = save;
        setPadding(false);
        setId("draft-editor");
        name.setId("ladder-name");
        name.setWidth("24rem");
        summary.setWidth("48rem");
        trackGrid.setId("tracks");
        trackGrid.addColumn(Track::code).setHeader("Code");
        trackGrid.addColumn(Track::name).setHeader("Name");
        trackGrid.addComponentColumn(t -> remove(() -> tracks.remove(t))).setWidth("5rem").setFlexGrow(0);
        levelGrid.setId("levels");
        levelGrid.addColumn(Level::order).setHeader("Rank").setWidth("5rem").setFlexGrow(0);
        levelGrid.addColumn(Level::code).setHeader("Code");
        levelGrid.addColumn(Level::title).setHeader("Title").setFlexGrow(2);
        levelGrid.addColumn(l -> String.join(", ", l.tracks())).setHeader("Tracks");
        levelGrid.addColumn(l -> l.retired() ? "retired" : "").setHeader("");
        if (seesPay) {
            levelGrid.addColumn(l -> l.salaryBand() == null ? "" : l.salaryBand().min() + "–" + l.salaryBand().max() + " "
                    + l.salaryBand().currency()).setHeader("Salary band");
        }
        levelGrid.addItemClickListener(e -> editLevel(e.getItem()));
        equivalenceGrid.setId("equivalences");
        equivalenceGrid.addColumn(g -> String.join(" ~ ", g)).setHeader("Equivalent levels");
        equivalenceGrid.addComponentColumn(g -> remove(() -> equivalences.remove(g))).setWidth("5rem").setFlexGrow(0);
        areaGrid.setId("areas");
        areaGrid.addColumn(Area::code).setHeader("Code");
        areaGrid.addColumn(Area::name).setHeader("Name");
        areaGrid.addColumn(a -> a.summary() == null ? "" : a.summary()).setHeader("Summary").setFlexGrow(3);
        areaGrid.addItemClickListener(e -> editArea(e.getItem()));
        for (Grid<?> grid : List.of(trackGrid, levelGrid, equivalenceGrid, areaGrid)) {
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
        expectationsOf.setId("expectations-of");
        expectationsOf.setItemLabelGenerator(l -> l.title() + " (" + l.code() + ")");
        expectationsOf.setWidth("24rem");
        expectationsOf.addValueChangeListener(e -> showExpectations());
        expectationRows.setPadding(false);
        Button saveDraft = new Button("Save draft", VaadinIcon.CHECK.create(), click -> save.accept(content()));
        saveDraft.setId("save-draft");
        saveDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(name, saveDraft), summary,
                section("Tracks", "add-track", this::addTrack), trackGrid,
                section("Levels", "add-level", () -> editLevel(null)), levelGrid,
                section("Equivalent levels across tracks", "add-equivalence", this::addEquivalence), equivalenceGrid,
                section("Competency areas", "add-area", () -> editArea(null)), areaGrid,
                new H4("Expectations"), expectationsOf, expectationRows);
    }

    void show(LadderDetails ladder) {
        LadderContent draft = ladder.draft();
        code = draft.code();
        name.setValue(draft.name() == null ? "" : draft.name());
        summary.setValue(draft.summary() == null ? "" : draft.summary());
        replace(tracks, draft.tracks());
        replace(levels, draft.levels());
        replace(equivalences, draft.equivalences());
        replace(areas, draft.areas());
        replace(expectations, draft.expectations());
        redraw();
    }

    LadderContent content() {
        return new LadderContent(code, name.getValue(), summary.getValue().isBlank() ? null : summary.getValue(), tracks, levels,
                equivalences, areas, expectations);
    }

    private void redraw() {
        trackGrid.setItems(List.copyOf(tracks));
        levelGrid.setItems(levels.stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList());
        equivalenceGrid.setItems(List.copyOf(equivalences));
        areaGrid.setItems(List.copyOf(areas));
        Level shown = expectationsOf.getValue();
        expectationsOf.setItems(levels);
        expectationsOf.setValue(shown == null ? null : levels.stream().filter(l -> l.code().equals(shown.code())).findFirst().orElse(null));
        showExpectations();
    }

    private void showExpectations() {
        expectationRows.removeAll();
        Level level = expectationsOf.getValue();
        if (level == null) {
            return;
        }
        for (Area area : areas) {
            Expectation current = expectations.stream().filter(e -> e.level().equals(level.code()) && e.area().equals(area.code()))
                    .findFirst().orElse(null);
            TextArea text = new TextArea(area.name());
            text.setId("expectation-" + area.code());
            text.setWidth("48rem");
            text.setValue(current == null ? "" : current.text());
            ComboBox<String> proficiency = new ComboBox<>("Proficiency",
                    Arrays.stream(Proficiency.values()).map(Proficiency::label).toList());
            proficiency.setValue(current == null ? null : current.proficiency());
            Runnable write = () -> {
                expectations.removeIf(e -> e.level().equals(level.code()) && e.area().equals(area.code()));
                if (!text.getValue().isBlank()) {
                    expectations.add(new Expectation(level.code(), area.code(), text.getValue().strip(), proficiency.getValue()));
                }
            };
            text.addValueChangeListener(e -> write.run());
            proficiency.addValueChangeListener(e -> write.run());
            expectationRows.add(new HorizontalLayout(text, proficiency));
        }
    }

    private void addTrack() {
        TextField trackCode = new TextField("Code");
        TextField trackName = new TextField("Name");
        trackCode.setId("track-code");
        trackName.setId("track-name");
        edit("Track", () -> tracks.add(new Track(trackCode.getValue().strip(), trackName.getValue().strip())), trackCode, trackName);
    }

    private void editLevel(Level level) {
        TextField levelCode = new TextField("Code");
        TextField title = new TextField("Title");
        MultiSelectComboBox<String> onTracks = new MultiSelectComboBox<>("Tracks", tracks.stream().map(Track::code).toList());
        IntegerField order = new IntegerField("Rank (1 is the most junior)");
        Checkbox retired = new Checkbox("Retired: keeps the people on it, takes no one new");
        BigDecimalField min = new BigDecimalField("Salary from");
        BigDecimalField max = new BigDecimalField("Salary to");
        TextField currency = new TextField("Currency");
        levelCode.setId("level-code");
        title.setId("level-title");
        onTracks.setId("level-tracks");
        order.setId("level-order");
        retired.setId("level-retired");
        if (level != null) {
            levelCode.setValue(level.code());
            title.setValue(level.title());
            onTracks.setValue(new LinkedHashSet<>(level.tracks()));
            order.setValue(level.order());
            retired.setValue(level.retired());
            if (level.salaryBand() != null) {
                min.setValue(level.salaryBand().min());
                max.setValue(level.salaryBand().max());
                currency.setValue(level.salaryBand().currency());
            }
        }
        List<Component> fields = new ArrayList<>(List.of(levelCode, title, onTracks, order, retired));
        if (editsPay) {
            fields.addAll(List.of(min, max, currency));
        }
        edit("Level", () -> {
            SalaryBand band = !editsPay ? (level == null ? null : level.salaryBand())
                    : min.getValue() == null && max.getValue() == null ? null : new SalaryBand(min.getValue(), max.getValue(), currency.getValue().strip());
            Level edited = new Level(levelCode.getValue().strip(), title.getValue().strip(), List.copyOf(onTracks.getSelectedItems()),
                    order.getValue() == null ? 0 : order.getValue(), band, retired.getValue());
            if (level != null) {
                levels.set(levels.indexOf(level), edited);
                renameLevel(level.code(), edited.code());
            } else {
                levels.add(edited);
            }
        }, fields.toArray(Component[]::new));
    }

    private void renameLevel(String from, String to) {
        if (!from.equals(to)) {
            expectations.replaceAll(e -> e.level().equals(from) ? new Expectation(to, e.area(), e.text(), e.proficiency()) : e);
            equivalences.replaceAll(g -> g.stream().map(c -> c.equals(from) ? to : c).toList());
        }
    }

    private void addEquivalence() {
        MultiSelectComboBox<String> group = new MultiSelectComboBox<>("Levels on different tracks", levels.stream().map(Level::code).toList());
        group.setId("equivalent-levels");
        edit("Equivalence", () -> equivalences.add(List.copyOf(group.getSelectedItems())), group);
    }

    private void editArea(Area area) {
        TextField areaCode = new TextField("Code");
        TextField areaName = new TextField("Name");
        TextArea areaSummary = new TextArea("Summary");
        areaCode.setId("area-code");
        areaName.setId("area-name");
        if (area != null) {
            areaCode.setValue(area.code());
            areaName.setValue(area.name());
            areaSummary.setValue(area.summary() == null ? "" : area.summary());
            areaCode.setReadOnly(true);
        }
        edit("Competency area", () -> {
            Area edited = new Area(areaCode.getValue().strip(), areaName.getValue().strip(),
                    areaSummary.getValue().isBlank() ? null : areaSummary.getValue().strip());
            if (area != null) {
                areas.set(areas.indexOf(area), edited);
            } else {
                areas.add(edited);
            }
        }, areaCode, areaName, areaSummary);
    }

    /** A small dialog that changes the working copy when confirmed; the rules judge it when the draft is saved. */
    private void edit(String what, Runnable apply, Component... fields) {
        Dialog dialog = new Dialog(what);
        dialog.add(new FormLayout(fields));
        Button ok = new Button("Apply", click -> {
            apply.run();
            dialog.close();
            redraw();
        });
        ok.setId("apply");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private HorizontalLayout section(String title, String addId, Runnable add) {
        Button button = new Button("Add", VaadinIcon.PLUS.create(), click -> add.run());
        button.setId(addId);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new H4(title), button);
        header.setAlignItems(Alignment.BASELINE);
        return header;
    }

    private Button remove(Runnable removal) {
        Button button = new Button(VaadinIcon.TRASH.create(), click -> {
            removal.run();
            redraw();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private static <T> void replace(List<T> list, List<T> with) {
        list.clear();
        list.addAll(with);
    }
}
