import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Picks an option of the antd Select labelled `fieldLabel`. The visible options carry their label as `title`;
 * antd's accessible listbox renders only the options near the active one, so it is not used here.
 */
export async function chooseOption(user: UserEvent, fieldLabel: string, optionLabel: string | RegExp) {
  await user.click(screen.getByLabelText(fieldLabel));
  const options = await screen.findAllByTitle(optionLabel);
  const visible = options.filter((option) => option.classList.contains('ant-select-item-option'));
  await user.click(visible[0] ?? options[0]);
}

/** Types a date into the antd DatePicker labelled `fieldLabel` and leaves it (Enter would submit the form). */
export async function typeDate(user: UserEvent, fieldLabel: string, value: string) {
  const input = screen.getByLabelText(fieldLabel);
  await user.click(input);
  await user.clear(input);
  await user.type(input, value);
  await user.tab();
}
