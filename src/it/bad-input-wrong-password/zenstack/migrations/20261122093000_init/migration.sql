-- liquibase formatted sql

-- changeset zenstack:20261122093000_init-1
CREATE TABLE account (id INTEGER PRIMARY KEY);
