"""Helpers of the render stage: the site model, formatting, charts, downloads."""
