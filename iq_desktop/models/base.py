"""Declarative base, constraint naming convention and shared column types.

Every string column is a Unicode type (NVARCHAR on SQL Server), every
constraint gets a name from one convention (Alembic and a DBA can address
it), and every editable table carries a version counter that SQLAlchemy
checks on UPDATE (optimistic concurrency).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    MetaData,
    Unicode,
    UnicodeText,
)
from sqlalchemy.dialects import mssql
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: every point in time: naive UTC; on SQL Server DATETIME2 (DATETIME would round to 3 ms)
UTC_TIMESTAMP = DateTime().with_variant(mssql.DATETIME2(), "mssql")

# Annotated column types, so each model reads as the domain it holds.
IntPK = Annotated[int, mapped_column(Integer, primary_key=True)]
Kurztext = Annotated[str, mapped_column(Unicode(200))]
Langtext = Annotated[str, mapped_column(UnicodeText)]
Datum = Annotated[dt.date, mapped_column(Date)]
Zeitpunkt = Annotated[dt.datetime, mapped_column(UTC_TIMESTAMP)]
Flag = Annotated[bool, mapped_column(Boolean)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        str: Unicode(200),
        dt.date: Date,
        dt.datetime: UTC_TIMESTAMP,
        bool: Boolean,
        dict[str, Any]: JSON,
    }


def enum_column(enum_cls: type[StrEnum]) -> Enum:
    """A portable string column for a StrEnum, storing the member values.

    No CHECK constraint: the services validate, and a new value in a later
    version must not need a table rebuild on SQLite.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=30,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Versioned:
    """Mixin for editable tables: a version counter checked on every UPDATE.

    A save that carries a stale version never overwrites a newer row
    (StaleDataError), which the concurrency layer turns into a compare dialog.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def utc_now() -> dt.datetime:
    """Naive UTC timestamp, the one convention for every DateTime column."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
