"""The core: domain, extraction, storage, importers and reports. Never imports Qt."""
