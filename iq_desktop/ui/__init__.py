"""The Qt widgets of IQ Desktop: a client of the services, never of the database directly."""
