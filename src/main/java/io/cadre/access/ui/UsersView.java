package io.cadre.access.ui;

import io.cadre.access.api.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Queries;
import io.cadre.access.service.ApiTokens;
import io.cadre.access.service.PasswordRule;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Administrators add users, set their roles, link each to the person they are, and issue API tokens. */
@Route("admin/users")
@PageTitle("Users · Cadre")
@Menu(title = "Users", order = 9)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final Queries queries;
    private final Grid<Account> grid = new Grid<>();
    private Map<UUID, ChartPerson> people = Map.of();

    UsersView(UserAccounts users, ApiTokens tokens, Queries queries, java.time.Clock clock) {
        java.time.format.DateTimeFormatter lockTime = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
        this.users = users;
        this.tokens = tokens;
        this.queries = queries;
        Button add = new Button("Add user", VaadinIcon.PLUS.create(), click -> edit(null));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("users");
        grid.addColumn(Account::username).setHeader("User");
        grid.addColumn(a -> a.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(a -> a.personId() == null ? "" : people.containsKey(a.personId())
                ? people.get(a.personId()).name() : "(not active today)").setHeader("Person");
        grid.addColumn(a -> a.lockedUntil() == null ? "" : "Locked until " + lockTime.format(a.lockedUntil()))
                .setHeader("Sign-in");
        grid.addComponentColumn(this::actions).setHeader("");
        add(new H2("Users"), add, grid);
        refresh();
    }

    private HorizontalLayout actions(Account account) {
        HorizontalLayout actions = new HorizontalLayout(new Button("Edit", c -> edit(account)), new Button("Issue token", c -> issue(account)));
        if (account.lockedUntil() != null) {
            Button unlock = new Button("Unlock", VaadinIcon.UNLOCK.create(), c -> {
                users.unlock(account.username());
                Notification.show(account.username() + " can sign in again");
                refresh();
            });
            unlock.setId("unlock-" + account.username());
            actions.add(unlock);
        }
        return actions;
    }

    private void refresh() {
        people = queries.ask(new GetOrgChart(null, null), OrgChart.class).people().stream()
                .collect(Collectors.toMap(ChartPerson::id, Function.identity()));
        grid.setItems(users.all());
    }

    private void edit(Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account == null ? "Add user" : "Edit " + account.username());
        TextField username = new TextField("Username");
        PasswordField password = new PasswordField("Password");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        ComboBox<ChartPerson> person = new ComboBox<>("Is this person");
        person.setItems(people.values().stream().sorted(Comparator.comparing(ChartPerson::name)).toList());
        person.setItemLabelGenerator(p -> p.name() + " · " + p.title());
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            password.setVisible(false);
            roles.setValue(account.roles());
            person.setValue(people.get(account.personId()));
        }
        Button save = new Button("Save", click -> {
            if (roles.getValue().isEmpty()) {
                roles.setErrorMessage("Choose at least one role");
                roles.setInvalid(true);
                return;
            }
            UUID personId = person.getValue() == null ? null : person.getValue().id();
            if (account == null) {
                if (!username.getValue().matches("[A-Za-z0-9._@-]{3,100}")) {
                    username.setErrorMessage("3 to 100 letters, digits or . _ @ -");
                    username.setInvalid(true);
                    return;
                }
                String weak = PasswordRule.problem(username.getValue(), password.getValue());
                if (weak != null) {
                    password.setErrorMessage("The password " + weak);
                    password.setInvalid(true);
                    return;
                }
                if (!users.create(username.getValue(), password.getValue(), EnumSet.copyOf(roles.getValue()), personId)) {
                    username.setErrorMessage("This username is taken");
                    username.setInvalid(true);
                    return;
                }
            } else {
                users.setRoles(account.username(), EnumSet.copyOf(roles.getValue()));
                users.linkPerson(account.username(), personId);
            }
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, password, roles, person));
        dialog.getFooter().add(new Button("Cancel", c -> dialog.close()), save);
        dialog.open();
    }

    private void issue(Account account) {
        String token = tokens.issue(account.username(), "issued in the UI");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("API token for " + account.username());
        TextField value = new TextField("Token");
        value.setValue(token);
        value.setReadOnly(true);
        value.setWidthFull();
        dialog.add(new Paragraph("Copy it now: Cadre keeps only its hash and cannot show it again."), value);
        dialog.getFooter().add(new Button("Done", c -> dialog.close()));
        dialog.setWidth("40rem");
        dialog.open();
        Notification.show("Token issued for " + account.username());
    }
}
