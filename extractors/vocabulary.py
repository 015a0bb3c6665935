"""Loads the YAML vocabularies of extractors/data once, through pydantic models."""
from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field


class Title(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    strip: bool = False


class AgencyVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    named_heads: list[str]
    local_heads: list[str]
    standalone: list[str]
    levels: list[str]
    titles: list[Title]
    collective_nouns: list[str]
    collective_things: dict[str, list[str]]
    listed_only_nouns: list[str]
    local_units: list[str]
    qualifiers: list[str]
    name_stops: list[str]
    name_stops_exact: list[str]
    subject_verbs: list[str]
    predicate_words: list[str]
    lowercase_name_heads: list[str]
    not_name_starts: list[str]
    bare_units: list[str]
    steering_topics: list[str]
    examples: list[str] = []


class ActionVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    verbs: list[str]
    adverbs: list[str]
    assign: list[str]
    examples: list[str] = []
    not_: list[str] = Field(default=[], alias="not")   # "not" is a Python keyword


@cache
def load_yaml(name: str) -> dict:
    text = resources.files("extractors").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def agency_vocabulary() -> AgencyVocabulary:
    return AgencyVocabulary.model_validate(load_yaml("agencies.yaml"))


@cache
def provinces() -> tuple[str, ...]:
    return tuple(load_yaml("provinces.yaml")["provinces"])


@cache
def action_vocabulary() -> ActionVocabulary:
    return ActionVocabulary.model_validate(load_yaml("actions.yaml"))
