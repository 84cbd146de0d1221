import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '../../../shared/i18n/locale';
import { LanguageSelect } from '../../i18n/LanguageSelect';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { FormFooter } from './FormFooter';

/** The creator's language: the studio and every moderator console switch to it as soon as it is saved. */
export function LanguageSettingsForm() {
  const intl = useIntl();
  const { snapshot, online } = useStudio();
  const save = useCommand('settings.language.update');
  const [language, setLanguage] = useState<Locale>(snapshot.language);
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['language']);
  const dirty = language !== snapshot.language;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({ language });
    if (result?.ok) setSaved(true);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={intl.formatMessage({ id: 'settings.language.label' })} error={errors.fields.language} hint={intl.formatMessage({ id: 'settings.language.hint' })}>
        {(control) => <LanguageSelect {...control} value={language} onChange={setLanguage} />}
      </Field>
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending || !dirty}
        label={intl.formatMessage({ id: 'settings.language.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
        saved={saved && !dirty}
      />
    </form>
  );
}
