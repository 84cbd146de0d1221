import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '../../../shared/i18n/locale';
import { LanguageSelect } from '../../i18n/LanguageSelect';
import type { Show } from '../../../shared/offers';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { slugFromTitle } from '../../lib/slug';
import { CurrencySelect } from './CurrencySelect';

const FIELDS = ['title', 'slug', 'currency', 'language'] as const;

/** Creates a show (show = null) or edits one; the slug follows the title until typed by hand. */
export function ShowForm({ show, onSaved, onCancel }: { show: Show | null; onSaved?: (show: Show) => void; onCancel?: (() => void) | undefined }) {
  const intl = useIntl();
  const { online, snapshot } = useStudio();
  const create = useCommand('show.create');
  const update = useCommand('show.update');
  const [title, setTitle] = useState(show?.title ?? '');
  const [slug, setSlug] = useState(show?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(show !== null);
  const [currency, setCurrency] = useState(show?.currency ?? 'usd');
  // A new show speaks the creator's language on stream until they pick its audience's.
  const [language, setLanguage] = useState<Locale>(show?.language ?? snapshot.language);
  const [saved, setSaved] = useState(false);
  const command = show ? update : create;
  const errors = formErrors(command.error, show ? 'patch.' : '', FIELDS);
  const dirty = !show || title !== show.title || slug !== show.slug || currency !== show.currency || language !== show.language;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = { title, slug, currency, language };
    const result = show ? await update.run({ showId: show.id, patch: input }) : await create.run(input);
    if (result?.ok) {
      setSaved(true);
      onSaved?.(result.value);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-row">
        <Field label={intl.formatMessage({ id: 'editor.show.title' })} error={errors.fields.title} className="grow">
          {(control) => (
            <input
              {...control}
              value={title}
              maxLength={120}
              placeholder={intl.formatMessage({ id: 'editor.show.titlePlaceholder' })}
              onChange={(event) => {
                setTitle(event.target.value);
                if (!slugTouched) setSlug(slugFromTitle(event.target.value));
              }}
            />
          )}
        </Field>
        <Field
          label={intl.formatMessage({ id: 'editor.show.currency' })}
          error={errors.fields.currency}
          hint={show ? intl.formatMessage({ id: 'editor.show.currencyHint' }) : undefined}
        >
          {(control) => <CurrencySelect {...control} value={currency} onChange={setCurrency} />}
        </Field>
        <Field
          label={intl.formatMessage({ id: 'editor.show.language' })}
          error={errors.fields.language}
          hint={intl.formatMessage({ id: 'editor.show.languageHint' })}
        >
          {(control) => <LanguageSelect {...control} value={language} onChange={setLanguage} />}
        </Field>
      </div>
      <Field
        label={intl.formatMessage({ id: 'editor.show.address' })}
        error={errors.fields.slug}
        hint={intl.formatMessage({ id: 'editor.show.addressHint' }, { slug: slug || intl.formatMessage({ id: 'editor.show.addressExample' }) })}
      >
        {(control) => (
          <input
            {...control}
            value={slug}
            maxLength={48}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(event) => {
              setSlugTouched(true);
              setSlug(event.target.value);
            }}
          />
        )}
      </Field>
      {errors.general ? (
        <p className="inline-error" role="alert">
          {errors.general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!online || command.pending || !dirty}>
          {intl.formatMessage({ id: command.pending ? 'editor.saving' : show ? 'editor.show.save' : 'editor.show.create' })}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {intl.formatMessage({ id: 'editor.cancel' })}
          </button>
        ) : null}
        {saved && !dirty ? <span className="form-saved" role="status">{intl.formatMessage({ id: 'editor.saved' })}</span> : null}
      </div>
    </form>
  );
}
