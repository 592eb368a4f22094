import { h } from "./element";

export interface DropZoneOptions {
  /** Id of the file input inside, for a label elsewhere and for tests. */
  inputId: string;
  accept: string;
  multiple: boolean;
  title: string;
  hint?: string;
  onFiles(files: File[]): void;
}

/** A click-or-drop area around a file input: one way in for dropped and chosen files. */
export function dropZone(options: DropZoneOptions): HTMLElement {
  const picker = h("input", {
    attrs: { id: options.inputId, type: "file", accept: options.accept, ...(options.multiple ? { multiple: "" } : {}) },
    on: { change: () => picker.files?.length && options.onFiles([...picker.files]) },
  });
  const zone: HTMLElement = h(
    "label",
    {
      class: "dropzone",
      attrs: { for: options.inputId },
      on: {
        dragover: (event) => (event.preventDefault(), zone.classList.add("over")),
        dragleave: () => zone.classList.remove("over"),
        drop: (event) => {
          event.preventDefault();
          zone.classList.remove("over");
          if (event.dataTransfer?.files.length) options.onFiles([...event.dataTransfer.files]);
        },
      },
    },
    h("strong", { text: options.title }),
    options.hint ? h("span", { class: "quiet", text: options.hint }) : null,
    picker,
  );
  return zone;
}
