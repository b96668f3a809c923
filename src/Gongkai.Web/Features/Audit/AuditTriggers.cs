using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Web.Features.Audit;

/// <summary>Database-level protection of the audit log (GB/T 22239 8.1.4.3 c): no row can be
/// updated, and no row younger than the legal floor of 180 days (Cybersecurity Law Art. 21) can be
/// deleted, whatever the application does. Called by the AuditAppendOnly migration of each
/// provider; once released, change this only through a new migration.</summary>
public static class AuditTriggers
{
    public const int FloorDays = 180;

    public static void Create(MigrationBuilder mb, bool postgres)
    {
        if (postgres)
        {
            mb.Sql($$"""
                CREATE FUNCTION audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'UPDATE' THEN RAISE EXCEPTION '审计记录不可修改'; END IF;
                  IF TG_OP = 'TRUNCATE' THEN RAISE EXCEPTION '审计记录不可清空'; END IF;
                  IF OLD."At" > now() - interval '{{FloorDays}} days' THEN RAISE EXCEPTION '保留期内的审计记录不可删除'; END IF;
                  RETURN OLD;
                END $$;
                """);
            mb.Sql("""CREATE TRIGGER audit_entries_row_guard BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION audit_entries_guard();""");
            mb.Sql("""CREATE TRIGGER audit_entries_truncate_guard BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_guard();""");
        }
        else
        {
            mb.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, '审计记录不可修改'); END;");
            mb.Sql($"CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON AuditEntries WHEN OLD.At > strftime('%Y-%m-%d %H:%M:%f', 'now', '-{FloorDays} days') BEGIN SELECT RAISE(ABORT, '保留期内的审计记录不可删除'); END;");
        }
    }

    public static void Drop(MigrationBuilder mb, bool postgres)
    {
        if (postgres)
        {
            mb.Sql("""DROP TRIGGER IF EXISTS audit_entries_row_guard ON "AuditEntries"; DROP TRIGGER IF EXISTS audit_entries_truncate_guard ON "AuditEntries"; DROP FUNCTION IF EXISTS audit_entries_guard();""");
        }
        else
        {
            mb.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete;");
        }
    }
}
