"""People, organisations and places named in an article (placeholder: to be written)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Article, Entity, Fact, Sentence


@dataclass(frozen=True)
class Mention:
    entity: str
    """Entity id."""
    start: int
    """Offset in Article.text."""
    end: int
    surface: str


@dataclass
class EntityIndex:
    """The entities of one article and where each is mentioned."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def get(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def in_span(self, start: int, end: int, type: str | None = None) -> list[Entity]:
        """Return the entities mentioned between two offsets, in order of first mention."""
        seen: dict[str, Entity] = {}
        for m in self.mentions:
            if start <= m.start and m.end <= end and m.entity not in seen:
                e = self.get(m.entity)
                if e is not None and (type is None or e.type == type):
                    seen[m.entity] = e
        return list(seen.values())

    def entities_used(self, facts: list[Fact]) -> list[Entity]:
        """Return the entities to write: all that the article names."""
        return list(self.entities)


def find_entities(article: Article, sentences: list[Sentence]) -> EntityIndex:
    """Return the entities the article names, with their mentions."""
    return EntityIndex()
