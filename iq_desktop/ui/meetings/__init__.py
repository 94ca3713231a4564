"""The Gremien & Sitzungen page: meetings, their results, and the Sachstände reported in them."""
