import { Button, FileButton, Group, Image, Text } from '@mantine/core';
import { IconPhotoPlus, IconPhotoX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  InstructionImageError,
  uploadInstructionImage,
} from '../media/upload-instruction-image';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import classes from './ExerciseEditor.module.css';

const acceptedTypes = 'image/png,image/jpeg,image/webp';

interface InstructionImageFieldProps {
  /** 1-based position of the instruction, for the controls' names. */
  number: number;
  imageUrl: string | null;
  onChange: (imageUrl: string | null) => void;
}

/**
 * The picture of one instruction: attach (uploaded to the server at
 * once, which needs a connection), replace or remove. A refused upload
 * says why beside the instruction it was for.
 */
export function InstructionImageField({
  number,
  imageUrl,
  onChange,
}: InstructionImageFieldProps) {
  const workstation = useSignedInWorkstation();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const resetPicker = useRef<() => void>(null);

  const attach = async (file: File | null) => {
    if (file === null) return;
    setUploading(true);
    setProblem(null);
    try {
      const url = await uploadInstructionImage(
        (path, init) => workstation.authorizedFetch(path, init),
        file,
      );
      onChange(url);
    } catch (error) {
      setProblem(
        error instanceof InstructionImageError
          ? error.message
          : 'The image could not be attached. Try again.',
      );
    } finally {
      setUploading(false);
      // So that picking the same file again, after a fix, is a change.
      resetPicker.current?.();
    }
  };

  return (
    <div className={classes.imageField}>
      <Group gap="sm" align="center">
        {imageUrl !== null && (
          <Image
            src={imageUrl}
            alt={`Picture for instruction ${number}`}
            className={classes.thumbnail}
          />
        )}
        <FileButton
          accept={acceptedTypes}
          resetRef={resetPicker}
          onChange={(file) => void attach(file)}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="xs"
              loading={uploading}
              leftSection={<IconPhotoPlus size={16} aria-hidden />}
              aria-label={
                imageUrl === null
                  ? `Attach image to instruction ${number}`
                  : `Replace image of instruction ${number}`
              }
            >
              {imageUrl === null ? 'Attach image' : 'Replace image'}
            </Button>
          )}
        </FileButton>
        {imageUrl !== null && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            leftSection={<IconPhotoX size={16} aria-hidden />}
            aria-label={`Remove image from instruction ${number}`}
            onClick={() => {
              onChange(null);
            }}
          >
            Remove image
          </Button>
        )}
      </Group>
      {problem !== null && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </div>
  );
}
