import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { BooksExportKind, BooksRange } from '../../../shared/books';
import type { MessageId } from '../../../shared/i18n/messages';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { downloadTextFile } from '../../lib/download-file';

const LABELS: Record<BooksExportKind, MessageId> = { purchases: 'books.export.purchases', packing: 'books.export.packing' };

/** The files for the accountant and the packing table, made by the core and saved by the page. */
export function ExportButtons({ range }: { range: BooksRange }) {
  const intl = useIntl();
  const { online } = useStudio();
  const exporter = useCommand('books.export');
  const [working, setWorking] = useState<BooksExportKind | null>(null);
  const [saved, setSaved] = useState<{ fileName: string; rows: number } | null>(null);

  const download = async (kind: BooksExportKind) => {
    setWorking(kind);
    setSaved(null);
    const result = await exporter.run({ range, kind });
    setWorking(null);
    if (!result?.ok) return;
    downloadTextFile(result.value.fileName, result.value.csv);
    setSaved({ fileName: result.value.fileName, rows: result.value.rows });
  };

  return (
    <div className="books-export">
      {(['purchases', 'packing'] as const).map((kind) => (
        <button key={kind} type="button" className="button button-small" disabled={!online || exporter.pending} onClick={() => void download(kind)}>
          {intl.formatMessage({ id: working === kind ? 'books.export.preparing' : LABELS[kind] })}
        </button>
      ))}
      <span className="cell-sub" role="status">
        {saved ? intl.formatMessage({ id: 'books.export.saved' }, saved) : ''}
      </span>
      {exporter.error ? (
        <p className="inline-error" role="alert">
          {exporter.error.message}
        </p>
      ) : null}
    </div>
  );
}
