// What the file adapters in src/io/ say when a file cannot be written as asked.
import type { Messages } from '../core/i18n.js';

export const M = {
  secretIsLink: { en: 'refusing to write {path}: it is a symbolic link', zh: '拒绝写入 {path}：它是一个符号链接' },
  secretNotFile: { en: 'refusing to write {path}: it is not a regular file', zh: '拒绝写入 {path}：它不是普通文件' },
  secretExists: { en: '{path} already exists', zh: '{path} 已存在' },
  secretNoFolder: { en: 'cannot write {path}: the folder {dir} does not exist', zh: '无法写入 {path}：目录 {dir} 不存在' },
  secretDenied: { en: 'cannot write {path}: permission denied', zh: '无法写入 {path}：权限不足' },
  secretNoSpace: { en: 'cannot write {path}: no space left on the device', zh: '无法写入 {path}：磁盘空间不足' },
  secretWriteFailed: { en: 'cannot write {path}: {reason}', zh: '无法写入 {path}：{reason}' },
} satisfies Messages;
