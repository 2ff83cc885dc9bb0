"""SQLite storage: the file's safety checks, migrations, backups and the queries. The only place with SQL."""
