import { useState } from 'react';
import type { BooksExportKind, BooksRange } from '../../../shared/books';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { downloadTextFile } from '../../lib/download-file';

const LABELS: Record<BooksExportKind, string> = { purchases: 'Download purchases (CSV)', packing: 'Download packing list (CSV)' };

/** The files for the accountant and the packing table, made by the core and saved by the page. */
export function ExportButtons({ range }: { range: BooksRange }) {
  const { online } = useStudio();
  const exporter = useCommand('books.export');
  const [working, setWorking] = useState<BooksExportKind | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const download = async (kind: BooksExportKind) => {
    setWorking(kind);
    setSaved(null);
    const result = await exporter.run({ range, kind });
    setWorking(null);
    if (!result?.ok) return;
    downloadTextFile(result.value.fileName, result.value.csv);
    setSaved(`${result.value.fileName}: ${result.value.rows === 1 ? '1 row' : `${result.value.rows} rows`}`);
  };

  return (
    <div className="books-export">
      {(['purchases', 'packing'] as const).map((kind) => (
        <button key={kind} type="button" className="button button-small" disabled={!online || exporter.pending} onClick={() => void download(kind)}>
          {working === kind ? 'Preparing…' : LABELS[kind]}
        </button>
      ))}
      <span className="cell-sub" role="status">
        {saved ? `Saved ${saved}` : ''}
      </span>
      {exporter.error ? (
        <p className="inline-error" role="alert">
          {exporter.error.message}
        </p>
      ) : null}
    </div>
  );
}
