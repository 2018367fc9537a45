package dev.zmodel.pull;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a made-up product (accounts, catalogue, orders, billing, projects, audit), each with the tables it
 * references and its characteristic columns. Every concept is listed after the concepts it references, so a prefix
 * of the list is always creatable in order; self references are the exception and are always optional.
 */
final class RandomConcepts {
    /** A reference to another concept (or the concept itself) through a column named {@code column}. */
    record Parent(String concept, String column, boolean required) {}

    /** A characteristic column; {@code values} are the enum labels of an ENUM column, {@code enumName} its type. */
    record Signature(
            String column, RandomKind kind, boolean required, boolean unique, String enumName, List<String> values) {}

    /**
     * One table: a join table has a composite primary key made of its two required parents' columns; a composite
     * unique lists columns (parents' or characteristic) that are unique together; {@code appSchema} marks the tables
     * a PostgreSQL schema may move into the second schema {@code app}.
     */
    record Concept(
            String singular,
            String plural,
            List<Parent> parents,
            List<Signature> columns,
            boolean join,
            List<String> uniqueTogether,
            boolean appSchema) {}

    static final List<Concept> ALL = List.of(
            c("organization", "organizations")
                    .col("name", RandomKind.STRING, true)
                    .unique("slug")
                    .enumCol("plan", "plan_tier", "free", "pro", "enterprise")
                    .done(),
            c("user", "users")
                    .ref("organization", false)
                    .unique("email")
                    .col("name", RandomKind.STRING, false)
                    .enumCol("role", "user_role", "admin", "member", "guest")
                    .col("is_active", RandomKind.BOOL, true)
                    .col("last_seen_at", RandomKind.TIMESTAMP, false)
                    .done(),
            c("team", "teams")
                    .ref("organization", true)
                    .col("name", RandomKind.STRING, true)
                    .together("organization_id", "name")
                    .done(),
            c("membership", "memberships")
                    .ref("user", true)
                    .ref("team", true)
                    .enumCol("role", "user_role", "admin", "member", "guest")
                    .join()
                    .done(),
            c("address", "addresses")
                    .ref("user", true)
                    .col("street", RandomKind.STRING, true)
                    .col("city", RandomKind.STRING, true)
                    .col("country_code", RandomKind.CHAR, true)
                    .col("postal_code", RandomKind.STRING, false)
                    .done(),
            c("category", "categories")
                    .ref("category", "parent_id", false)
                    .col("name", RandomKind.STRING, true)
                    .unique("slug")
                    .done(),
            c("product", "products")
                    .ref("category", false)
                    .ref("organization", false)
                    .unique("sku")
                    .col("name", RandomKind.STRING, true)
                    .col("price", RandomKind.MONEY, true)
                    .col("stock", RandomKind.INT, true)
                    .col("tags", RandomKind.TEXT_ARRAY, true)
                    .col("attributes", RandomKind.JSON, false)
                    .done(),
            c("tag", "tags").unique("name").done(),
            c("product_tag", "product_tags")
                    .ref("product", true)
                    .ref("tag", true)
                    .join()
                    .done(),
            c("warehouse", "warehouses")
                    .col("name", RandomKind.STRING, true)
                    .col("city", RandomKind.STRING, false)
                    .col("latitude", RandomKind.FLOAT, false)
                    .col("longitude", RandomKind.FLOAT, false)
                    .done(),
            c("inventory_item", "inventory_items")
                    .ref("product", true)
                    .ref("warehouse", true)
                    .col("quantity", RandomKind.INT, true)
                    .together("product_id", "warehouse_id")
                    .done(),
            c("order", "orders")
                    .ref("user", "customer_id", true)
                    .ref("address", "shipping_address_id", false)
                    .enumCol("status", "order_status", "new", "paid", "shipped", "cancelled")
                    .col("total", RandomKind.MONEY, true)
                    .col("currency", RandomKind.CHAR, true)
                    .col("placed_at", RandomKind.TIMESTAMP, false)
                    .done(),
            c("order_item", "order_items")
                    .ref("order", true)
                    .ref("product", true)
                    .col("quantity", RandomKind.INT, true)
                    .col("unit_price", RandomKind.MONEY, true)
                    .done(),
            c("coupon", "coupons")
                    .unique("code")
                    .col("discount", RandomKind.MONEY, false)
                    .col("expires_at", RandomKind.TIMESTAMP, false)
                    .done(),
            c("invoice", "invoices")
                    .ref("order", true)
                    .ref("organization", false)
                    .unique("number")
                    .col("total", RandomKind.MONEY, true)
                    .col("due_date", RandomKind.DATE, false)
                    .col("paid", RandomKind.BOOL, true)
                    .enumCol("status", "invoice_status", "draft", "open", "paid", "void")
                    .done(),
            c("invoice_line", "invoice_lines")
                    .ref("invoice", true)
                    .ref("product", false)
                    .col("description", RandomKind.STRING, true)
                    .col("quantity", RandomKind.INT, true)
                    .col("unit_price", RandomKind.MONEY, true)
                    .done(),
            c("payment", "payments")
                    .ref("invoice", true)
                    .col("amount", RandomKind.MONEY, true)
                    .enumCol("method", "payment_method", "card", "bank_transfer", "cash")
                    .col("paid_at", RandomKind.TIMESTAMP, false)
                    .col("external_id", RandomKind.UUID, false)
                    .done(),
            c("refund", "refunds")
                    .ref("payment", true)
                    .col("amount", RandomKind.MONEY, true)
                    .col("reason", RandomKind.STRING, false)
                    .done(),
            c("shipment", "shipments")
                    .ref("order", true)
                    .ref("warehouse", false)
                    .unique("tracking_number")
                    .col("shipped_at", RandomKind.TIMESTAMP, false)
                    .col("weight", RandomKind.FLOAT, false)
                    .done(),
            c("review", "reviews")
                    .ref("product", true)
                    .ref("user", "author_id", true)
                    .col("rating", RandomKind.INT, true)
                    .col("body", RandomKind.STRING, false)
                    .together("product_id", "author_id")
                    .done(),
            c("plan", "plans")
                    .unique("name")
                    .col("price", RandomKind.MONEY, true)
                    .col("seats", RandomKind.INT, true)
                    .col("features", RandomKind.JSON, false)
                    .done(),
            c("subscription", "subscriptions")
                    .ref("user", true)
                    .ref("plan", true)
                    .enumCol("status", "subscription_status", "trialing", "active", "canceled")
                    .col("starts_at", RandomKind.TIMESTAMP, true)
                    .col("ends_at", RandomKind.TIMESTAMP, false)
                    .done(),
            c("project", "projects")
                    .ref("organization", true)
                    .col("name", RandomKind.STRING, true)
                    .col("description", RandomKind.STRING, false)
                    .col("archived", RandomKind.BOOL, true)
                    .done(),
            c("task", "tasks")
                    .ref("project", true)
                    .ref("user", "assignee_id", false)
                    .ref("user", "reporter_id", false)
                    .ref("task", "parent_task_id", false)
                    .col("title", RandomKind.STRING, true)
                    .enumCol("priority", "priority", "low", "medium", "high")
                    .col("due_date", RandomKind.DATE, false)
                    .col("position", RandomKind.INT, true)
                    .done(),
            c("comment", "comments")
                    .ref("task", true)
                    .ref("user", "author_id", true)
                    .ref("comment", "reply_to_id", false)
                    .col("body", RandomKind.STRING, true)
                    .done(),
            c("attachment", "attachments")
                    .ref("comment", false)
                    .col("file_name", RandomKind.STRING, true)
                    .col("size_bytes", RandomKind.BIGINT, true)
                    .col("checksum", RandomKind.BYTES, false)
                    .col("content_type", RandomKind.STRING, false)
                    .done(),
            c("audit_log", "audit_logs")
                    .ref("user", "actor_id", false)
                    .col("action", RandomKind.STRING, true)
                    .col("entity", RandomKind.STRING, false)
                    .col("payload", RandomKind.JSON, false)
                    .col("ip_address", RandomKind.STRING, false)
                    .app()
                    .done(),
            c("session", "sessions")
                    .ref("user", true)
                    .unique("token", RandomKind.UUID)
                    .col("expires_at", RandomKind.TIMESTAMP, true)
                    .col("user_agent", RandomKind.STRING, false)
                    .app()
                    .done(),
            c("api_key", "api_keys")
                    .ref("user", true)
                    .unique("prefix")
                    .col("key_hash", RandomKind.BYTES, true)
                    .col("scopes", RandomKind.TEXT_ARRAY, true)
                    .col("expires_at", RandomKind.TIMESTAMP, false)
                    .app()
                    .done(),
            c("notification", "notifications")
                    .ref("user", true)
                    .enumCol("kind", "notification_kind", "info", "warning", "alert")
                    .col("message", RandomKind.STRING, true)
                    .col("read", RandomKind.BOOL, true)
                    .col("payload", RandomKind.JSON, false)
                    .done(),
            c("webhook", "webhooks")
                    .ref("organization", true)
                    .col("url", RandomKind.STRING, true)
                    .col("secret", RandomKind.STRING, false)
                    .col("enabled", RandomKind.BOOL, true)
                    .col("events", RandomKind.TEXT_ARRAY, true)
                    .app()
                    .done(),
            c("event", "events")
                    .col("name", RandomKind.STRING, true)
                    .col("occurred_at", RandomKind.TIMESTAMP, true)
                    .col("payload", RandomKind.JSON, false)
                    .app()
                    .done(),
            c("setting", "settings")
                    .unique("key")
                    .col("value", RandomKind.JSON, false)
                    .app()
                    .done(),
            c("employee", "employees")
                    .ref("employee", "manager_id", false)
                    .col("first_name", RandomKind.STRING, true)
                    .col("last_name", RandomKind.STRING, true)
                    .unique("email")
                    .col("hired_on", RandomKind.DATE, false)
                    .col("salary", RandomKind.MONEY, false)
                    .done(),
            c("customer_note", "customer_notes")
                    .ref("user", "customer_id", true)
                    .ref("employee", "author_id", false)
                    .col("body", RandomKind.STRING, true)
                    .done(),
            c("page_view", "page_views")
                    .ref("user", false)
                    .col("path", RandomKind.STRING, true)
                    .col("viewed_at", RandomKind.TIMESTAMP, true)
                    .col("duration_ms", RandomKind.BIGINT, false)
                    .done());

    private RandomConcepts() {}

    static Concept byName(String singular) {
        return ALL.stream()
                .filter(c -> c.singular().equals(singular))
                .findFirst()
                .orElseThrow();
    }

    private static Builder c(String singular, String plural) {
        return new Builder(singular, plural);
    }

    private static final class Builder {
        private final String singular;
        private final String plural;
        private final List<Parent> parents = new ArrayList<>();
        private final List<Signature> columns = new ArrayList<>();
        private final List<String> together = new ArrayList<>();
        private boolean join;
        private boolean app;

        Builder(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        Builder ref(String concept, boolean required) {
            return ref(concept, concept + "_id", required);
        }

        Builder ref(String concept, String column, boolean required) {
            parents.add(new Parent(concept, column, required && !concept.equals(singular)));
            return this;
        }

        Builder col(String name, RandomKind kind, boolean required) {
            columns.add(new Signature(name, kind, required, false, null, List.of()));
            return this;
        }

        Builder unique(String name) {
            return unique(name, RandomKind.STRING);
        }

        Builder unique(String name, RandomKind kind) {
            columns.add(new Signature(name, kind, true, true, null, List.of()));
            return this;
        }

        Builder enumCol(String name, String enumName, String... values) {
            columns.add(new Signature(name, RandomKind.ENUM, true, false, enumName, List.of(values)));
            return this;
        }

        Builder together(String... columnNames) {
            together.addAll(List.of(columnNames));
            return this;
        }

        Builder join() {
            join = true;
            return this;
        }

        Builder app() {
            app = true;
            return this;
        }

        Concept done() {
            return new Concept(
                    singular, plural, List.copyOf(parents), List.copyOf(columns), join, List.copyOf(together), app);
        }
    }
}
